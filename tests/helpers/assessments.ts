/**
 * Assessments for integration tests, seeded as an administrator would (the raw handle, past row-level security), so
 * a test of candidate invites does not depend on the builder's services.
 */
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { type Assessment, type AssessmentAttempt, type AssessmentStatus, assessmentAttempts, assessments, type CandidateInvite } from "@/db/schema";

/** An assessment of the organisation: open, with invites due 7 days after they are sent, unless told otherwise. */
export async function seedAssessment(
  orgId: string,
  input: { status?: AssessmentStatus; deadlineAt?: Date | null; deadlineDays?: number | null; proctoring?: boolean; title?: string } = {},
): Promise<Assessment> {
  const raw = await getDb();
  const deadlineAt = input.deadlineAt ?? null;
  const [row] = await raw
    .insert(assessments)
    .values({
      orgId,
      title: input.title ?? `Assessment ${randomUUID().slice(0, 8)}`,
      roleTitle: "Support engineer",
      status: input.status ?? "open",
      proctoring: input.proctoring ?? false,
      deadlineAt,
      deadlineDays: deadlineAt ? null : (input.deadlineDays ?? 7),
    })
    .returning();
  return row!;
}

/** An attempt on the invite, as the candidate API would start it. */
export async function seedAttempt(invite: Pick<CandidateInvite, "id" | "orgId" | "assessmentId">, input: { status?: "in_progress" | "submitted" } = {}): Promise<AssessmentAttempt> {
  const raw = await getDb();
  const [row] = await raw
    .insert(assessmentAttempts)
    .values({
      orgId: invite.orgId,
      assessmentId: invite.assessmentId,
      inviteId: invite.id,
      deviceHash: randomUUID(),
      status: input.status ?? "in_progress",
      consentVersion: "test",
      submittedAt: input.status === "submitted" ? new Date() : null,
    })
    .returning();
  return row!;
}
