/**
 * Saving and clearing profile context. Each write and its audit event commit together. The audit log records which
 * fields changed and their new lengths, never the text: a CV copied into an append-only log would outlive the user's
 * right to delete it.
 */
import { runInTransaction } from "@/db/client";
import { clearProfileField, getProfile, saveProfile, type ProfileFields } from "@/db/queries/profiles";
import { recordAuditEvent } from "@/db/queries/audit";
import { PROFILE_FIELDS, type ProfileField, type ProfileInput } from "@/lib/profile/schemas";

export type ProfileView = Record<ProfileField, string | null> & { updatedAt: Date | null };

const EMPTY: ProfileFields = { cvText: null, targetRole: null, goals: null };

export async function loadProfile(userId: string): Promise<ProfileView> {
  const row = await getProfile(userId);
  return {
    cvText: row?.cvText ?? null,
    targetRole: row?.targetRole ?? null,
    goals: row?.goals ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

/** Field → `{ length }` or null: enough to audit a change without keeping the text. */
export function describeProfileFields(values: ProfileFields): Record<ProfileField, { length: number } | null> {
  return Object.fromEntries(
    PROFILE_FIELDS.map((field) => [field, values[field] ? { length: values[field]!.length } : null]),
  ) as Record<ProfileField, { length: number } | null>;
}

export function changedProfileFields(before: ProfileFields, after: ProfileFields): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => (before[field] ?? null) !== (after[field] ?? null));
}

export async function updateProfile(userId: string, input: ProfileInput, ipHash?: string | null): Promise<void> {
  await runInTransaction(async (tx) => {
    const change = await saveProfile(userId, input, tx);
    const before = change.oldValues ?? EMPTY;
    const changed = changedProfileFields(before, change.newValues);
    if (changed.length === 0) return;
    await recordAuditEvent(
      {
        actorUserId: userId,
        action: "profile.update",
        targetType: "candidate_profile",
        targetId: userId,
        oldValues: { changed, ...describeProfileFields(before) },
        newValues: { changed, ...describeProfileFields(change.newValues) },
        ipHash: ipHash ?? null,
      },
      tx,
    );
  });
}

/** Clears one field; a user with no profile has nothing to clear and nothing is audited. */
export async function clearField(userId: string, field: ProfileField, ipHash?: string | null): Promise<void> {
  await runInTransaction(async (tx) => {
    const change = await clearProfileField(userId, field, tx);
    if (!change || change.oldValues?.[field] == null) return;
    await recordAuditEvent(
      {
        actorUserId: userId,
        action: "profile.clear_field",
        targetType: "candidate_profile",
        targetId: userId,
        oldValues: { field, ...describeProfileFields(change.oldValues) },
        newValues: { field, ...describeProfileFields(change.newValues) },
        ipHash: ipHash ?? null,
      },
      tx,
    );
  });
}
