/**
 * The candidate profile: one row per user, keyed by the owner's id, so no call can name another user's profile.
 *
 * Convention for every file in db/queries: the database is the LAST parameter and optional. Callers normally omit
 * it (the process-wide `getDb()` is used); pass a transaction from `runInTransaction` to make several calls atomic,
 * or a handle of your own in tests. Every query for user data takes the owner's user id.
 */
import { eq, sql } from "drizzle-orm";
import { getDb, type Database } from "../client";
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
export async function getProfile(userId: string, db?: Database): Promise<CandidateProfile | null> {
  const conn = db ?? (await getDb());
  const [row] = await conn.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)).limit(1);
  return row ?? null;
}

/** Creates or updates the owner's profile and reports the values before and after, for the audit log. */
export async function saveProfile(userId: string, input: ProfileInput, db?: Database): Promise<ProfileChange> {
  const conn = db ?? (await getDb());
  const changes: ProfileInput = {};
  if (input.cvText !== undefined) changes.cvText = input.cvText;
  if (input.targetRole !== undefined) changes.targetRole = input.targetRole;
  if (input.goals !== undefined) changes.goals = input.goals;

  // Lock the row while reading the old values, so a concurrent save cannot slip between the read and the write
  // and make the audit trail claim a transition that never happened.
  return conn.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(candidateProfiles)
      .where(eq(candidateProfiles.userId, userId))
      .for("update");
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
export async function clearProfileField(
  userId: string,
  field: ProfileField,
  db?: Database,
): Promise<ProfileChange | null> {
  const conn = db ?? (await getDb());
  return conn.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(candidateProfiles)
      .where(eq(candidateProfiles.userId, userId))
      .for("update");
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
