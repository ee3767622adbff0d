/**
 * What opening a candidate's link shows before anything starts: who is asking (the organisation's name), the role,
 * the questions' count and time limits, exactly what is collected, how long it is kept, and the consent version to
 * agree to. Opening marks the invite "opened", once.
 */
import "server-only";
import { findLiveAttempt } from "@/db/queries/candidate-attempts";
import { listLinkQuestions, markInviteOpened } from "@/db/queries/candidate-links";
import type { AllowedAnswerModes, TimeLimitMode } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import { CLOSED_ASSESSMENT, deviceOf, type InviteState, inviteState, loadLink } from "./access";
import { CANDIDATE_CONSENT_VERSION, collectedData, seenBy } from "./consent";

export type CandidateQuestionOutline = {
  position: number;
  timeLimitSeconds: number;
  timeLimitMode: TimeLimitMode;
  modes: AllowedAnswerModes;
  retakes: number;
};

export type CandidateLinkView = {
  invite: { state: InviteState };
  assessment: {
    organisationName: string;
    title: string;
    roleTitle: string;
    introduction: string;
    questionCount: number;
    questions: CandidateQuestionOutline[];
    proctoring: boolean;
    practiceQuestion: boolean;
    deadlineAt: string;
    retentionDays: number;
  };
  device: "this" | "none";
  consentVersion: string;
  collected: string[];
  /** Who sees it (additive to the contract). */
  seenBy: string;
};

/** What a browser sees when another one holds the attempt: that, and nothing of the assessment or its organisation. */
export type OtherDeviceView = { invite: { state: InviteState }; device: "other" };

/**
 * The link's landing view. 404 unknown, 410 expired or withdrawn, and 410 for a closed assessment this link never
 * started (closing stops new starts; an attempt in progress carries on).
 */
export async function viewCandidateLink(ctx: CandidateContext, deviceSecret: string | null): Promise<CandidateLinkView | OtherDeviceView> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const attempt = await findLiveAttempt(tx, link.invite.id);
    if (link.assessment.status === "closed" && !attempt) throw new AppError("gone", CLOSED_ASSESSMENT);
    const opened = link.invite.status === "invited" && (await markInviteOpened(tx, link.invite.id, now));
    const { assessment, organisation, invite } = link;
    const state = opened ? "opened" : inviteState(invite, now);
    const device = deviceOf(attempt, deviceSecret);
    if (device === "other") return { invite: { state }, device };
    const questions = await listLinkQuestions(tx, link.assessment.id);
    return {
      invite: { state },
      assessment: {
        organisationName: organisation.name,
        title: assessment.title,
        roleTitle: assessment.roleTitle,
        introduction: assessment.introduction,
        questionCount: questions.length,
        questions: questions.map((q) => ({
          position: q.position,
          timeLimitSeconds: q.timeLimitSeconds,
          timeLimitMode: q.timeLimitMode,
          modes: q.modes,
          retakes: q.retakes,
        })),
        proctoring: assessment.proctoring,
        practiceQuestion: assessment.practiceQuestion,
        deadlineAt: invite.deadlineAt.toISOString(),
        retentionDays: organisation.retentionDays,
      },
      device,
      consentVersion: CANDIDATE_CONSENT_VERSION,
      collected: collectedData(assessment.proctoring),
      seenBy: seenBy(organisation.name),
    };
  });
}
