/**
 * Candidate invites, as the organisation's managers and the reminder job touch them. In an organisation's scope
 * every query also filters on the organisation, so another organisation's ids match nothing (callers answer 404).
 * The candidate's own reads and writes (by token hash) live with the candidate API, not here.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter.
 */
import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lte, notInArray, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { type Assessment, assessmentAttempts, assessments, type CandidateInvite, type CandidateInviteStatus, candidateInvites, organisations } from "../schema";

export type InviteAssessment = Pick<Assessment, "id" | "orgId" | "title" | "roleTitle" | "status" | "proctoring" | "deadlineAt" | "deadlineDays">;

/** The organisation's assessment with what inviting needs, or null; `lock` holds it (share) so it cannot close meanwhile. */
export async function findAssessmentForInvites(db: ScopedDb, orgId: string, assessmentId: string, options: { lock?: boolean } = {}): Promise<InviteAssessment | null> {
  return runScoped(db, async (conn) => {
    const query = conn
      .select({
        id: assessments.id,
        orgId: assessments.orgId,
        title: assessments.title,
        roleTitle: assessments.roleTitle,
        status: assessments.status,
        proctoring: assessments.proctoring,
        deadlineAt: assessments.deadlineAt,
        deadlineDays: assessments.deadlineDays,
      })
      .from(assessments)
      .where(and(eq(assessments.orgId, orgId), eq(assessments.id, assessmentId)))
      .limit(1);
    const [row] = options.lock ? await query.for("share") : await query;
    return row ?? null;
  });
}

export type NewCandidateInvite = { name: string; email: string; tokenHash: string };

/**
 * Inserts the invites in one statement; an email already invited to the assessment is skipped (the unique index
 * decides, so racing imports cannot both succeed). Returns the rows inserted: the caller compares and rolls back.
 */
export async function insertCandidateInvites(
  db: ScopedDb,
  input: { orgId: string; assessmentId: string; invitedByUserId: string; deadlineAt: Date; createdAt: Date; invites: NewCandidateInvite[] },
): Promise<CandidateInvite[]> {
  return runScoped(db, async (conn) =>
    conn
      .insert(candidateInvites)
      .values(
        input.invites.map((invite) => ({
          orgId: input.orgId,
          assessmentId: input.assessmentId,
          candidateName: invite.name,
          candidateEmail: invite.email,
          tokenHash: invite.tokenHash,
          deadlineAt: input.deadlineAt,
          invitedByUserId: input.invitedByUserId,
          createdAt: input.createdAt,
        })),
      )
      .onConflictDoNothing({ target: [candidateInvites.assessmentId, candidateInvites.candidateEmail] })
      .returning(),
  );
}

/** The assessment's invites, newest first. */
export async function listCandidateInvites(db: ScopedDb, orgId: string, assessmentId: string): Promise<CandidateInvite[]> {
  return runScoped(db, async (conn) =>
    conn
      .select()
      .from(candidateInvites)
      .where(and(eq(candidateInvites.orgId, orgId), eq(candidateInvites.assessmentId, assessmentId)))
      .orderBy(desc(candidateInvites.createdAt), desc(candidateInvites.id)),
  );
}

/** One invite of the assessment by id, locked until the transaction ends; null for none or another organisation's. */
export async function lockCandidateInvite(db: ScopedDb, orgId: string, assessmentId: string, inviteId: string): Promise<CandidateInvite | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select()
      .from(candidateInvites)
      .where(and(eq(candidateInvites.orgId, orgId), eq(candidateInvites.assessmentId, assessmentId), eq(candidateInvites.id, inviteId)))
      .limit(1)
      .for("update");
    return row ?? null;
  });
}

export type CandidateInviteChange = Partial<{
  status: CandidateInviteStatus;
  tokenHash: string;
  deadlineAt: Date;
  openedAt: Date | null;
  revokedAt: Date;
  reminderSentAt: Date;
}>;

/** Applies a change to one invite (already locked by the caller) and returns it. */
export async function updateCandidateInvite(db: ScopedDb, orgId: string, inviteId: string, change: CandidateInviteChange): Promise<CandidateInvite> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(candidateInvites)
      .set(change)
      .where(and(eq(candidateInvites.orgId, orgId), eq(candidateInvites.id, inviteId)))
      .returning();
    if (!row) throw new Error("a locked candidate invite could not be updated");
    return row;
  });
}

/** Marks the invite's live attempt superseded at `at` (it stays for reviewers); returns its id, or null when none. */
export async function supersedeLiveAttempt(db: ScopedDb, orgId: string, inviteId: string, at: Date): Promise<string | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .update(assessmentAttempts)
      .set({ supersededAt: at })
      .where(and(eq(assessmentAttempts.orgId, orgId), eq(assessmentAttempts.inviteId, inviteId), isNull(assessmentAttempts.supersededAt)))
      .returning({ id: assessmentAttempts.id });
    return row?.id ?? null;
  });
}

export type ReminderDue = CandidateInvite & { organisationName: string; roleTitle: string; proctoring: boolean };

/**
 * The next invite that is due a reminder: never opened, never reminded, its assessment open, its deadline in
 * (now, dueBefore]; across every organisation (the system scope only). Locked for the transaction, skipping rows a
 * concurrent run holds; `excluding` skips invites whose reminder already failed in this run.
 */
export async function lockNextReminderDue(db: ScopedDb, now: Date, dueBefore: Date, excluding: string[]): Promise<ReminderDue | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn
      .select({ invite: candidateInvites, organisationName: organisations.name, roleTitle: assessments.roleTitle, proctoring: assessments.proctoring })
      .from(candidateInvites)
      .innerJoin(assessments, eq(assessments.id, candidateInvites.assessmentId))
      .innerJoin(organisations, eq(organisations.id, candidateInvites.orgId))
      .where(
        and(
          eq(candidateInvites.status, "invited"),
          isNull(candidateInvites.reminderSentAt),
          gt(candidateInvites.deadlineAt, now),
          lte(candidateInvites.deadlineAt, dueBefore),
          eq(assessments.status, "open"),
          excluding.length ? notInArray(candidateInvites.id, excluding) : undefined,
        ),
      )
      .orderBy(asc(candidateInvites.deadlineAt), asc(candidateInvites.id))
      .limit(1)
      .for("update", { of: candidateInvites, skipLocked: true });
    return row ? { ...row.invite, organisationName: row.organisationName, roleTitle: row.roleTitle, proctoring: row.proctoring } : null;
  });
}

/** Ids of the invites among `inviteIds` that have any attempt superseded by a reset (shown as "reset" to managers). */
export async function invitesWithSupersededAttempts(db: ScopedDb, orgId: string, inviteIds: string[]): Promise<Set<string>> {
  if (inviteIds.length === 0) return new Set();
  return runScoped(db, async (conn) => {
    const rows = await conn
      .selectDistinct({ inviteId: assessmentAttempts.inviteId })
      .from(assessmentAttempts)
      .where(and(eq(assessmentAttempts.orgId, orgId), inArray(assessmentAttempts.inviteId, inviteIds), sql`${assessmentAttempts.supersededAt} is not null`));
    return new Set(rows.map((row) => row.inviteId));
  });
}

/**
 * Undoes a reminder whose email failed: puts the previous token hash back and clears `reminder_sent_at`, but only
 * while the invite still carries the reminder's hash (a resend meanwhile wins). True when it was undone.
 */
export async function undoReminder(db: ScopedDb, orgId: string, inviteId: string, hashes: { reminder: string; previous: string }): Promise<boolean> {
  return runScoped(db, async (conn) => {
    const rows = await conn
      .update(candidateInvites)
      .set({ tokenHash: hashes.previous, reminderSentAt: null })
      .where(and(eq(candidateInvites.orgId, orgId), eq(candidateInvites.id, inviteId), eq(candidateInvites.tokenHash, hashes.reminder)))
      .returning({ id: candidateInvites.id });
    return rows.length > 0;
  });
}
