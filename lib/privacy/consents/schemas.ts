import { z } from "zod";
import type { PracticeRetentionChoice } from "@/db/schema/privacy";
import { termsAcceptance } from "@/lib/auth/schemas";

/** The kinds a user can withdraw (and grant again) from their privacy settings. */
export const WITHDRAWABLE_KINDS = ["camera", "microphone", "ai_processing"] as const;
export type WithdrawableKind = (typeof WITHDRAWABLE_KINDS)[number];

/** Withdraw or allow one consent; from a form, `granted` arrives as the text "true" or "false". */
export const consentChangeSchema = z.object({
  kind: z.enum(WITHDRAWABLE_KINDS, { error: "Choose a consent you can change." }),
  granted: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** The browser turned the camera or microphone on after the user chose to. */
export const deviceConsentSchema = z.object({ kind: z.enum(["camera", "microphone"]) });
export type DeviceKind = z.infer<typeof deviceConsentSchema>["kind"];

export const practiceRetentionSchema = z.object({
  practiceRetention: z.enum(["keep", "90d", "1y"] satisfies PracticeRetentionChoice[], { error: "Choose how long to keep saved sessions." }),
});

/** The consent page a signed-in user is sent to when the terms they accepted are not the current ones. */
export const termsAcceptanceSchema = z.object({ acceptTerms: termsAcceptance, redirectTo: z.string().optional() });
