import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { listAssessments } from "@/lib/assessments/builder-service";
import { can } from "@/lib/orgs/permissions";
import { AssessmentList } from "@/components/assessments/builder/assessment-list";
import { primaryButton } from "@/components/ui/button-styles";

export const metadata: Metadata = { title: "Assessments" };

type Props = { params: Promise<{ slug: string }> };

/** The organisation's assessments; owners and managers may start a new one. */
export default definePage(
  {
    name: "org.assessments",
    auth: "user",
    org: "results.view",
    returnTo: async ({ params }: Props) => orgPath((await params).slug, "assessments"),
  },
  async (ctx) => {
    const { organisation, role } = ctx.principal;
    const assessments = await listAssessments(ctx);
    return (
      <section aria-labelledby="assessments-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="assessments-heading" className="text-lg font-semibold">
            Assessments ({assessments.length})
          </h2>
          {can(role, "assessments.manage") ? (
            <Link href={`/org/${organisation.slug}/assessments/new`} className={primaryButton}>
              New assessment
            </Link>
          ) : null}
        </div>
        <AssessmentList slug={organisation.slug} assessments={assessments} />
      </section>
    );
  },
);
