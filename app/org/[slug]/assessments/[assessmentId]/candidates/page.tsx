import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { returnToAssessment } from "@/lib/orgs/org-paths";
import { candidatesOverview } from "@/lib/assessments/invites/invite-service";
import { usageView } from "@/lib/billing/usage-view";
import { can } from "@/lib/orgs/permissions";
import { CandidateInviteList } from "@/components/assessments/candidates/candidate-invite-list";
import { ImportCandidatesForm } from "@/components/assessments/candidates/import-candidates-form";
import { InviteCandidateForm } from "@/components/assessments/candidates/invite-candidate-form";
import { AllowanceMeter } from "@/components/billing/allowance-meter";

export const metadata: Metadata = { title: "Candidates" };

type Props = { params: Promise<{ slug: string; assessmentId: string }> };

const STATUS_NOTES = {
  draft: "This assessment is a draft: open it before inviting candidates.",
  closed: "This assessment is closed: it takes no more candidates.",
  open: null,
} as const;

/** An assessment's candidates: everyone who sees results reads the list; managers invite and look after invites. */
export default definePage(
  {
    name: "org.assessments.candidates",
    auth: "user",
    org: "results.view",
    returnTo: returnToAssessment("candidates"),
  },
  async (ctx, props: Props) => {
    const { assessmentId } = await props.params;
    const { organisation, role } = ctx.principal;
    const [{ assessment, candidates }, usage] = await Promise.all([candidatesOverview(ctx, assessmentId), usageView(ctx, "assessment_invites")]);
    const canManage = can(role, "assessments.manage");
    const note = STATUS_NOTES[assessment.status];
    return (
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-semibold break-words">Candidates: {assessment.title}</h1>
          <p className="mt-1 text-slate-600">
            {assessment.roleTitle}. Each candidate gets a private link by email; it works until their deadline.
          </p>
          {note ? <p className="mt-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{note}</p> : null}
        </div>
        {usage ? <AllowanceMeter usage={usage} /> : null}
        {canManage && assessment.status === "open" ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <InviteCandidateForm slug={organisation.slug} assessmentId={assessment.id} />
            <ImportCandidatesForm slug={organisation.slug} assessmentId={assessment.id} />
          </div>
        ) : null}
        <CandidateInviteList slug={organisation.slug} assessmentId={assessment.id} candidates={candidates} canManage={canManage} />
      </div>
    );
  },
);
