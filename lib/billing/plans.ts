/**
 * The plans, their prices and their allowances: the one place they are set. Stripe price ids come from the
 * environment (lib/env.ts); everything else is here, so the pricing page, the entitlements module and the tests read
 * the same numbers. Pure: the browser shows what the server enforces.
 */

/** What a plan can gate. Each is checked on the server by the entitlements module, never by a route itself. */
export const GATED_FEATURES = [
  /** AI-written questions, feedback and model answers (without it: the offline engines). */
  "practice.ai",
  /** Read-aloud and server transcription. */
  "practice.voice",
  /** Building assessments, inviting candidates and reviewing them. */
  "hiring",
] as const;
export type GatedFeature = (typeof GATED_FEATURES)[number];

/** Monthly allowances, counted per calendar month (UTC). */
export const METRICS = ["practice_sessions", "assessment_invites"] as const;
export type Metric = (typeof METRICS)[number];

export type PlanId = "candidate_free" | "candidate_pro" | "team";

export type Plan = {
  readonly id: PlanId;
  readonly audience: "candidate" | "organisation";
  readonly name: string;
  /** Shown on the pricing page; Stripe's price (from the environment) is what is charged. */
  readonly priceLabel: string;
  readonly features: readonly GatedFeature[];
  /** Per month; for a team, per seat per month. A metric not listed is not allowed at all. */
  readonly allowances: Partial<Record<Metric, number>>;
  readonly perSeat: boolean;
};

export const PLANS: { readonly [P in PlanId]: Plan } = {
  candidate_free: {
    id: "candidate_free",
    audience: "candidate",
    name: "Free",
    priceLabel: "Free",
    features: [],
    allowances: { practice_sessions: 10 },
    perSeat: false,
  },
  candidate_pro: {
    id: "candidate_pro",
    audience: "candidate",
    name: "Pro",
    priceLabel: "£12 a month",
    features: ["practice.ai", "practice.voice"],
    // Fair use: far above what practising every day needs, low enough to stop a script.
    allowances: { practice_sessions: 300 },
    perSeat: false,
  },
  team: {
    id: "team",
    audience: "organisation",
    name: "Team",
    priceLabel: "£39 per seat a month",
    features: ["hiring"],
    allowances: { assessment_invites: 25 },
    perSeat: true,
  },
};

/** The plan a payer without a live subscription is on. Organisations have none: hiring needs the Team plan. */
export const FREE_PLAN: { readonly [A in Plan["audience"]]: PlanId | null } = {
  candidate: "candidate_free",
  organisation: null,
};
