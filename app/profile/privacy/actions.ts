"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/api/define-action";
import { CONSENT_QUESTIONS } from "@/lib/privacy/consent-kinds";
import { PRIVACY_CHANGES } from "@/lib/privacy/consents/allowances";
import { changeConsent, recordDeviceConsent } from "@/lib/privacy/consents/consent-service";
import { choosePracticeRetention } from "@/lib/privacy/consents/privacy-settings";
import { consentChangeSchema, deviceConsentSchema, practiceRetentionSchema } from "@/lib/privacy/consents/schemas";

/** Withdraws or allows camera, microphone or AI processing; effective from the next request. */
export const changeConsentAction = defineAction(
  { name: "consent.change", auth: "user", input: consentChangeSchema, limit: PRIVACY_CHANGES },
  async (ctx, { kind, granted }) => {
    await changeConsent(ctx, kind, granted);
    revalidatePath("/profile/privacy");
    return { message: `${CONSENT_QUESTIONS[kind].label}: ${granted ? "allowed" : "withdrawn"}.` };
  },
);

/** The user turned the camera or microphone on in practice: their consent is recorded (once per version). */
export const recordDeviceConsentAction = defineAction(
  { name: "consent.device", auth: "user", input: deviceConsentSchema, limit: PRIVACY_CHANGES },
  async (ctx, { kind }) => {
    const { recorded } = await recordDeviceConsent(ctx, kind);
    return { message: recorded ? "Consent recorded." : "Consent already recorded." };
  },
);

export const savePracticeRetentionAction = defineAction(
  { name: "settings.practice_retention", auth: "user", input: practiceRetentionSchema, limit: PRIVACY_CHANGES },
  async (ctx, { practiceRetention }) => {
    await choosePracticeRetention(ctx, practiceRetention);
    revalidatePath("/profile/privacy");
    return { message: "Saved." };
  },
);
