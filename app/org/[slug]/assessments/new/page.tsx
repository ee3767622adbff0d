import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { AssessmentDetailsForm } from "@/components/assessments/builder/assessment-details-form";

export const metadata: Metadata = { title: "New assessment" };

type Props = { params: Promise<{ slug: string }> };

/** Starts a draft: its title, role, introduction and options; questions are added in the builder that follows. */
export default definePage(
  {
    name: "org.assessments.new",
    auth: "user",
    org: "assessments.manage",
    returnTo: async ({ params }: Props) => orgPath((await params).slug, "assessments", "new"),
  },
  async (ctx) => {
    const { slug } = ctx.principal.organisation;
    return (
      <div className="space-y-4">
        <Link href={`/org/${slug}/assessments`} className="text-sm text-brand hover:underline">
          ← All assessments
        </Link>
        <h2 className="text-lg font-semibold">New assessment</h2>
        <AssessmentDetailsForm slug={slug} />
      </div>
    );
  },
);
