/**
 * What the holder of a candidate's link reads and marks: their invite with its assessment, organisation name and
 * retention period, and the assessment's questions. Every query runs with the link's token hash in scope and no
 * organisation, so row-level security (migration 0009) shows that one invite's rows; the token-hash filter repeats
 * it for the reader.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import {
  type Assessment,
  type AssessmentQuestion,
  assessmentQuestions,
  assessments,
  type CandidateInvite,
  type CandidateInviteStatus,
  candidateInvites,
  organisations,
} from "../schema";

/** A link's invite, its assessment, and the two things the candidate may read of the organisation. */
export type CandidateLink = {
  invite: CandidateInvite;
  assessment: Assessment;
  organisation: { name: string; retentionDays: number };
};

/** The invite whose token hashes to `tokenHash`, with its assessment and organisation; null for an unknown link. */
export async function findCandidateLink(db: ScopedDb, tokenHash: string): Promise<CandidateLink | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({
        invite: candidateInvites,
        assessment: assessments,
        organisation: { name: organisations.name, retentionDays: organisations.retentionDays },
      })
      .from(candidateInvites)
      .innerJoin(assessments, eq(assessments.id, candidateInvites.assessmentId))
      .innerJoin(organisations, eq(organisations.id, candidateInvites.orgId))
      .where(eq(candidateInvites.tokenHash, tokenHash))
      .limit(1);
    return row ?? null;
  });
}

/** The assessment's questions in the order the candidate sees them. */
export async function listLinkQuestions(db: ScopedDb, assessmentId: string): Promise<AssessmentQuestion[]> {
  return runScoped(db, (conn) =>
    conn
      .select()
      .from(assessmentQuestions)
      .where(eq(assessmentQuestions.assessmentId, assessmentId))
      .orderBy(asc(assessmentQuestions.position)),
  );
}

/** Marks a fresh invite opened at `at`; does nothing once it is past "invited" (opening is recorded once). */
export async function markInviteOpened(db: ScopedDb, inviteId: string, at: Date): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .update(candidateInvites)
      .set({ status: "opened", openedAt: at })
      .where(and(eq(candidateInvites.id, inviteId), eq(candidateInvites.status, "invited")))
      .returning({ id: candidateInvites.id });
    return rows.length > 0;
  });
}

/** Moves the invite to `status` (in progress on start, submitted on submit); a revoked invite is left alone. */
export async function setInviteProgress(
  db: ScopedDb,
  inviteId: string,
  status: Extract<CandidateInviteStatus, "in_progress" | "submitted">,
  at: Date,
): Promise<void> {
  await runScoped(db, async (conn) => {
    const invite = await conn
      .select({ openedAt: candidateInvites.openedAt, status: candidateInvites.status })
      .from(candidateInvites)
      .where(eq(candidateInvites.id, inviteId))
      .limit(1);
    if (!invite[0] || invite[0].status === "revoked") return;
    await conn
      .update(candidateInvites)
      .set({ status, openedAt: invite[0].openedAt ?? at })
      .where(eq(candidateInvites.id, inviteId));
  });
}
