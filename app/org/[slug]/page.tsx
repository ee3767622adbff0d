import { redirect } from "next/navigation";
import { definePage } from "@/lib/api/define-page";

type Props = { params: Promise<{ slug: string }> };

/** An organisation's address opens its members (a non-member gets the 404 first). */
export default definePage(
  { name: "org.home", auth: "user", org: "results.view", returnTo: async ({ params }: Props) => `/org/${(await params).slug}` },
  async (ctx) => redirect(`/org/${ctx.principal.organisation.slug}/members`),
);
