/**
 * Saving and clearing profile context. Each write and its audit event commit together. The audit log records which
 * fields changed and their new lengths, never the text: a CV copied into an append-only log would outlive the user's
 * right to delete it.
 */
import "server-only";
import { clearProfileField, getProfile, saveProfile, type ProfileFields } from "@/db/queries/profiles";
import type { UserContext } from "@/lib/context/request-context";
import { PROFILE_FIELDS, type ProfileField, type ProfileInput } from "@/lib/profile/schemas";

export type ProfileView = Record<ProfileField, string | null> & { updatedAt: Date | null };

const EMPTY: ProfileFields = { cvText: null, targetRole: null, goals: null };

export async function loadProfile(ctx: UserContext): Promise<ProfileView> {
  const row = await getProfile(ctx.db, ctx.principal.user.id);
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

export async function updateProfile(ctx: UserContext, input: ProfileInput): Promise<void> {
  const userId = ctx.principal.user.id;
  await ctx.db.transaction(async (tx) => {
    const change = await saveProfile(tx, userId, input);
    const before = change.oldValues ?? EMPTY;
    const changed = changedProfileFields(before, change.newValues);
    if (changed.length === 0) return;
    await ctx.audit(
      {
        action: "profile.update",
        targetType: "candidate_profile",
        targetId: userId,
        oldValues: { changed, ...describeProfileFields(before) },
        newValues: { changed, ...describeProfileFields(change.newValues) },
      },
      tx,
    );
  });
}

/** Clears one field; a user with no profile has nothing to clear and nothing is audited. */
export async function clearField(ctx: UserContext, field: ProfileField): Promise<void> {
  const userId = ctx.principal.user.id;
  await ctx.db.transaction(async (tx) => {
    const change = await clearProfileField(tx, userId, field);
    if (!change || change.oldValues?.[field] == null) return;
    await ctx.audit(
      {
        action: "profile.clear_field",
        targetType: "candidate_profile",
        targetId: userId,
        oldValues: { field, ...describeProfileFields(change.oldValues) },
        newValues: { field, ...describeProfileFields(change.newValues) },
      },
      tx,
    );
  });
}
