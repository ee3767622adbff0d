/**
 * The integrity tier of an attempt, by one documented rule (the README's "Results" section states the same):
 *
 * - Camera signals (look-aways, multiple faces, face lost) whose confidence is below LOW_CONFIDENCE_THRESHOLD (0.6)
 *   are left out of the rule and reported only as "low confidence" (shown as such, never as a number).
 *   Tab switches and window blurs have no confidence: they always count.
 * - "major": any confident multiple-faces signal, or 6+ tab switches and window blurs together, or 10+ confident
 *   look-aways, or the face lost for 25%+ of the answering time.
 * - "some": otherwise, 2+ tab switches and blurs together, or 3+ confident look-aways, or the face lost for 5%+ of the
 *   answering time.
 * - "none": otherwise.
 *
 * Why thresholds rather than a weighted score: a reviewer can check a tier against the counts by hand. Signals are
 * not grounds to reject a candidate on their own: a blur can be a notification, a look-away a glance at notes.
 * Pure, for tests.
 */
export const INTEGRITY_TIERS = ["none", "some", "major"] as const;
export type IntegrityTier = (typeof INTEGRITY_TIERS)[number];

export const LOW_CONFIDENCE_THRESHOLD = 0.6;

export const INTEGRITY_STATEMENT = "Signals are not grounds to reject a candidate on their own.";

export const TIER_LABELS: Record<IntegrityTier, string> = { none: "No issues", some: "Some signals", major: "Major signals" };

/** The attempt's signals with camera signals already split by confidence. */
export type IntegritySignals = {
  tabSwitches: number;
  windowBlurs: number;
  lookAways: number;
  multipleFaces: number;
  /** Milliseconds with the face confidently lost. */
  faceLostMs: number;
  /** Total answering time in milliseconds (the share's denominator; 0 when unknown). */
  answeringMs: number;
  /** Camera signals below the confidence threshold, left out of the rule. */
  lowConfidence: number;
};

export type IntegrityAssessment = { tier: IntegrityTier; lowConfidence: boolean; faceLostShare: number | null };

export function faceLostShare(signals: Pick<IntegritySignals, "faceLostMs" | "answeringMs">): number | null {
  return signals.answeringMs > 0 ? Math.min(1, signals.faceLostMs / signals.answeringMs) : null;
}

export function integrityTier(signals: IntegritySignals): IntegrityAssessment {
  const switches = signals.tabSwitches + signals.windowBlurs;
  const share = faceLostShare(signals);
  const lost = share ?? 0;
  let tier: IntegrityTier = "none";
  if (signals.multipleFaces > 0 || switches >= 6 || signals.lookAways >= 10 || lost >= 0.25) tier = "major";
  else if (switches >= 2 || signals.lookAways >= 3 || lost >= 0.05) tier = "some";
  return { tier, lowConfidence: signals.lowConfidence > 0, faceLostShare: share };
}

/** Sort order of tiers: none < some < major. */
export function tierRank(tier: IntegrityTier): number {
  return INTEGRITY_TIERS.indexOf(tier);
}
