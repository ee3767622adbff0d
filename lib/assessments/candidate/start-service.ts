/**
 * Starting an assessment: the candidate's consent (the notice's version, the time, the hashed IP) and the binding of
 * the attempt to this browser. Single use: the invite's first start inserts its one live attempt (the partial unique
 * index decides between concurrent starts); the same browser starting again gets the same attempt, any other is
 * refused.
 */
import "server-only";
import { findLiveAttempt, insertLiveAttempt } from "@/db/queries/candidate-attempts";
import { setInviteProgress } from "@/db/queries/candidate-links";
import { AppError } from "@/lib/api/app-error";
import type { CandidateContext } from "@/lib/context/request-context";
import { CLOSED_ASSESSMENT, loadLink, OTHER_DEVICE } from "./access";
import { auditCandidateMilestone } from "./audit";
import { CANDIDATE_CONSENT_VERSION } from "./consent";
import { hashDeviceSecret, newDeviceSecret } from "./device-cookie";
import type { StartAttemptRequest } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export type StartedAttempt = {
  attemptId: string;
  /** True for the first start (201); false when this browser resumed its attempt (200). */
  created: boolean;
  /** The secret the device cookie carries, and how long the cookie should live (through the receipt's retention). */
  deviceSecret: string;
  cookieMaxAgeSeconds: number;
};

/**
 * Starts (or resumes) the link's attempt. `deviceSecret` is the browser's existing cookie, reused so one browser
 * keeps one secret across links. 422 for a consent to another version of the notice; 404/410 as every link route;
 * 410 when the assessment is closed and this link never started; 409 when another browser holds the attempt.
 */
export async function startAttempt(
  ctx: CandidateContext,
  input: StartAttemptRequest,
  deviceSecret: string | null,
): Promise<StartedAttempt> {
  if (input.consentVersion !== CANDIDATE_CONSENT_VERSION) {
    throw new AppError("unprocessable", "The notice has changed since you read it. Reload the page and read it again.", {
      fields: { consentVersion: ["Read the current notice and agree to it."] },
    });
  }
  const now = ctx.now();
  const secret = deviceSecret ?? newDeviceSecret();
  const deviceHash = hashDeviceSecret(secret);
  return ctx.db.transaction(async (tx) => {
    const link = await loadLink(ctx, { db: tx });
    const existing = await findLiveAttempt(tx, link.invite.id);
    const cookieMaxAgeSeconds = (link.invite.deadlineAt.getTime() - now.getTime() + link.organisation.retentionDays * DAY_MS) / 1000;
    const started = (attemptId: string, created: boolean): StartedAttempt => ({ attemptId, created, deviceSecret: secret, cookieMaxAgeSeconds });
    if (existing) return resumed(existing, secret, started);
    if (link.assessment.status !== "open") throw new AppError("gone", CLOSED_ASSESSMENT);
    const inserted = await insertLiveAttempt(tx, {
      orgId: link.invite.orgId,
      assessmentId: link.assessment.id,
      inviteId: link.invite.id,
      deviceHash,
      consentVersion: input.consentVersion,
      consentIpHash: ctx.ipHash,
      startedAt: now,
    });
    if (inserted) {
      await setInviteProgress(tx, link.invite.id, "in_progress", now);
      await auditCandidateMilestone(ctx, tx, link, "started", { attemptId: inserted.id, consentVersion: input.consentVersion });
      return started(inserted.id, true);
    }
    // Another start won the race: it committed before this insert gave way, so a fresh read sees its attempt.
    const winner = await findLiveAttempt(tx, link.invite.id);
    if (!winner) throw new AppError("conflict", OTHER_DEVICE);
    return resumed(winner, secret, started);
  });
}

function resumed(
  attempt: { id: string; deviceHash: string },
  secret: string,
  started: (attemptId: string, created: boolean) => StartedAttempt,
): StartedAttempt {
  if (hashDeviceSecret(secret) !== attempt.deviceHash) throw new AppError("conflict", OTHER_DEVICE);
  return started(attempt.id, false);
}
