/**
 * The candidate profile: one row per user, keyed by the owner's id, so no call can name another user's profile.
 *
 * Convention for every file in db/queries: the scoped handle (db/scoped.ts) is the FIRST parameter. Each query runs
 * in the handle's transaction, as the principal, under row-level security; pass a handle from `db.transaction()` to
 * make several calls atomic. Every query for user data still takes the owner's id and filters on it.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";
import { runScoped, type ScopedDb } from "../scoped";
import { candidateProfiles, type CandidateProfile } from "../schema";

/** The editable fields of a profile. */
export type ProfileFields = Pick<CandidateProfile, "cvText" | "targetRole" | "goals">;
export type ProfileField = keyof ProfileFields;

/** `undefined` leaves a field as it is, `null` clears it, a string replaces it. */
export type ProfileInput = Partial<ProfileFields>;

/** What a write changed, shaped for `recordAuditEvent({ oldValues, newValues })`. */
export type ProfileChange = {
  profile: CandidateProfile;
  /** The fields before the write; null when the profile did not exist yet. */
  oldValues: ProfileFields | null;
  newValues: ProfileFields;
};

const fieldsOf = (row: CandidateProfile): ProfileFields => ({
  cvText: row.cvText,
  targetRole: row.targetRole,
  goals: row.goals,
});

/** The owner's profile, or null if they have not saved one. */
export async function getProfile(db: ScopedDb, userId: string): Promise<CandidateProfile | null> {
  return runScoped(db, async (conn) => {
    const [row] = await conn.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)).limit(1);
    return row ?? null;
  });
}

/** Creates or updates the owner's profile and reports the values before and after, for the audit log. */
export async function saveProfile(db: ScopedDb, userId: string, input: ProfileInput): Promise<ProfileChange> {
  const changes: ProfileInput = {};
  if (input.cvText !== undefined) changes.cvText = input.cvText;
  if (input.targetRole !== undefined) changes.targetRole = input.targetRole;
  if (input.goals !== undefined) changes.goals = input.goals;
  // Lock the row while reading the old values, so a concurrent save cannot slip between the read and the write
  // and make the audit trail claim a transition that never happened.
  return runScoped(db, async (tx) => {
    const [before] = await tx.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)).for("update");
    const [after] = await tx
      .insert(candidateProfiles)
      .values({ userId, ...changes })
      .onConflictDoUpdate({ target: candidateProfiles.userId, set: { ...changes, updatedAt: sql`now()` } })
      .returning();
    if (!after) throw new Error("upsert into candidate_profiles returned no row");
    return { profile: after, oldValues: before ? fieldsOf(before) : null, newValues: fieldsOf(after) };
  });
}

/**
 * Clears one field of the owner's profile. Returns the change, or null when the owner has no profile
 * (nothing is created just to hold an empty field).
 */
export async function clearProfileField(db: ScopedDb, userId: string, field: ProfileField): Promise<ProfileChange | null> {
  return runScoped(db, async (tx) => {
    const [before] = await tx.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)).for("update");
    if (!before) return null;
    const [after] = await tx
      .update(candidateProfiles)
      .set({ [field]: null, updatedAt: sql`now()` })
      .where(eq(candidateProfiles.userId, userId))
      .returning();
    if (!after) return null;
    return { profile: after, oldValues: fieldsOf(before), newValues: fieldsOf(after) };
  });
}
