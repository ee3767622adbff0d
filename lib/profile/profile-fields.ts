/**
 * The profile's fields, labels and length limits. Kept free of zod, like rubric-config.ts: the profile form shows them
 * in the browser, and importing them from schemas.ts would ship the schema library with the page.
 */

export const PROFILE_LIMITS = { cvText: 20_000, targetRole: 120, goals: 2_000 } as const;

export const PROFILE_FIELDS = ["cvText", "targetRole", "goals"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  cvText: "CV text",
  targetRole: "Target role",
  goals: "Goals",
};
