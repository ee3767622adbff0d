/**
 * Saving and clearing profile context. The audit log records which fields changed and their new lengths, never the
 * text itself: a CV copied into an append-only log would outlive the user's right to delete it.
 */
import { clearProfileField, getProfile, saveProfile } from "@/db/queries/profiles";
import { recordAuditEvent } from "@/db/queries/audit";
import { PROFILE_FIELDS, type ProfileField, type ProfileInput } from "@/lib/profile/schemas";

export type ProfileView = Record<ProfileField, string | null> & { updatedAt: Date | null };

export async function loadProfile(userId: string): Promise<ProfileView> {
  const row = await getProfile(userId);
  return {
    cvText: row?.cvText ?? null,
    targetRole: row?.targetRole ?? null,
    goals: row?.goals ?? null,
    updatedAt: row?.updatedAt ?? null,
  };
}

function describe(values: Partial<Record<ProfileField, string | null>>) {
  return Object.fromEntries(PROFILE_FIELDS.map((field) => [field, values[field] ? { length: values[field]!.length } : null]));
}

export async function updateProfile(userId: string, input: ProfileInput, ipHash?: string | null): Promise<ProfileView> {
  const before = await loadProfile(userId);
  await saveProfile(userId, input);
  const changed = PROFILE_FIELDS.filter((field) => before[field] !== input[field]);
  if (changed.length > 0) {
    await recordAuditEvent({
      actorUserId: userId,
      action: "profile.update",
      targetType: "candidate_profile",
      targetId: userId,
      oldValues: { changed, ...describe(before) },
      newValues: { changed, ...describe(input) },
      ipHash: ipHash ?? null,
    });
  }
  return loadProfile(userId);
}

export async function clearField(userId: string, field: ProfileField, ipHash?: string | null): Promise<ProfileView> {
  await clearProfileField(userId, field);
  await recordAuditEvent({
    actorUserId: userId,
    action: "profile.clear_field",
    targetType: "candidate_profile",
    targetId: userId,
    oldValues: { field },
    newValues: { field, cleared: true },
    ipHash: ipHash ?? null,
  });
  return loadProfile(userId);
}
