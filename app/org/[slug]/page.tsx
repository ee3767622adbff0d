import { redirect } from "next/navigation";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";

type Props = { params: Promise<{ slug: string }> };

/** An organisation's address opens its members (a non-member gets the 404 first). */
export default definePage(
  { name: "org.home", auth: "user", org: "results.view", returnTo: async ({ params }: Props) => orgPath((await params).slug) },
  async (ctx) => redirect(`/org/${ctx.principal.organisation.slug}/members`),
);
