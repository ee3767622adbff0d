import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";

export const PROFILE_LIMITS = { cvText: 20_000, targetRole: 120, goals: 2_000 } as const;

export const PROFILE_FIELDS = ["cvText", "targetRole", "goals"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  cvText: "CV text",
  targetRole: "Target role",
  goals: "Goals",
};

/** An empty field is stored as null, so "cleared" and "never set" read the same. */
const text = (field: ProfileField) =>
  safeText()
    .max(
      PROFILE_LIMITS[field],
      `${PROFILE_FIELD_LABELS[field]} must be at most ${PROFILE_LIMITS[field].toLocaleString("en-GB")} characters.`,
    )
    .transform((value) => (value.trim() === "" ? null : value.trim()));

export const profileInputSchema = z.object({
  cvText: text("cvText").default(""),
  targetRole: text("targetRole").default(""),
  goals: text("goals").default(""),
});

export type ProfileInput = z.infer<typeof profileInputSchema>;

export const clearProfileFieldSchema = z.object({ field: z.enum(PROFILE_FIELDS) });
