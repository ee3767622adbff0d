/**
 * What the principal's plan allows. Billing is not built yet, so every feature is open to everyone and the context
 * says so; the billing issue replaces `resolveEntitlements` with the subscription's answer, and the wrappers'
 * `entitlement` option (402 when missing) already runs on every route that names one.
 */
export const FEATURES = ["practice.sessions", "practice.ai_feedback", "practice.voice"] as const;
export type Feature = (typeof FEATURES)[number];

export type Entitlements = {
  /** "open": billing is off on this deployment, so nothing is gated. */
  plan: "open";
  features: ReadonlySet<Feature>;
};

const OPEN: Entitlements = { plan: "open", features: new Set(FEATURES) };

export async function resolveEntitlements(): Promise<Entitlements> {
  return OPEN;
}
