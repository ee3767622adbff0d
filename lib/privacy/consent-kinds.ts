/**
 * The consent questions the product asks, and the version of the text each was asked with. Raising a version asks
 * again: a grant given for an older text no longer counts (terms and privacy notice at sign-in). Pure, so the
 * browser shows the same words the server records. (An assessment candidate has no account: their consent is kept on
 * the attempt, with the same version, time and IP hash; see lib/assessments/candidate/consent.ts.)
 */
export const CONSENT_KINDS = ["terms", "privacy_notice", "camera", "microphone", "ai_processing"] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export type ConsentQuestion = {
  readonly kind: ConsentKind;
  /** Version of the text below; bump it when the text (or the document it names) changes in substance. */
  readonly version: string;
  /** What the user sees in their privacy settings. */
  readonly label: string;
  /** Whether the user can withdraw it from their privacy settings (terms are withdrawn by deleting the account). */
  readonly withdrawable: boolean;
};

export const CONSENT_QUESTIONS: { readonly [K in ConsentKind]: ConsentQuestion } = {
  terms: { kind: "terms", version: "2026-12-07", label: "Terms of use", withdrawable: false },
  privacy_notice: { kind: "privacy_notice", version: "2026-12-07", label: "Privacy notice", withdrawable: false },
  camera: { kind: "camera", version: "1", label: "Camera presence, computed in this browser", withdrawable: true },
  microphone: { kind: "microphone", version: "1", label: "Microphone for voice answers", withdrawable: true },
  ai_processing: {
    kind: "ai_processing",
    version: "1",
    label: "Sending my profile and answers to the AI provider",
    withdrawable: true,
  },
};
