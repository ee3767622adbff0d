import { z } from "zod";
import { safeText } from "@/lib/security/safe-text";
import { PROFILE_FIELD_LABELS, PROFILE_FIELDS, PROFILE_LIMITS, type ProfileField } from "@/lib/profile/profile-fields";

export { PROFILE_FIELD_LABELS, PROFILE_FIELDS, PROFILE_LIMITS, type ProfileField };

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
