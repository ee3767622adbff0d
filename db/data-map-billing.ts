/**
 * The data map's entries for billing: each payer's Stripe customer and subscription state, monthly usage, and the
 * Stripe events already applied. Part of `dataMap` in data-map.ts (see there for the rules).
 */
import "server-only";
import type { DataMapEntry } from "./data-map";

type BillingTable = "user_billing" | "organisation_billing" | "user_usage" | "organisation_usage" | "stripe_events";

export const billingDataMap: { readonly [N in BillingTable]: DataMapEntry<N> } = {
  user_billing: {
    owner: { kind: "user", column: "user_id" },
    description: "A candidate's Stripe customer id and subscription: plan, status, period end, cancellation at period end.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: {
      action: "delete",
      reason: "The row cascades; the account-deletion service also deletes the Stripe customer.",
    },
    retention: "until the account is deleted",
    rowLevelSecurity: true,
  },
  organisation_billing: {
    owner: { kind: "organisation", column: "org_id" },
    description: "A hiring team's Stripe customer id and per-seat subscription: plan, status, seats, period end.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's billing, not a member's personal data." },
    onAccountDeletion: { action: "keep", reason: "It belongs to the team, not to any one member's account." },
    retention: "until the organisation is deleted",
    rowLevelSecurity: true,
  },
  user_usage: {
    owner: { kind: "user", column: "user_id" },
    description: "How much of each monthly allowance a candidate used (for example practice sessions), per month.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "Counts of a deleted account; the rows cascade." },
    retention: "until the account is deleted",
    rowLevelSecurity: true,
  },
  organisation_usage: {
    owner: { kind: "organisation", column: "org_id" },
    description: "How much of each monthly allowance a hiring team used (for example assessment invites), per month.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's counts, not a member's personal data." },
    onAccountDeletion: { action: "keep", reason: "It belongs to the team, not to any one member's account." },
    retention: "until the organisation is deleted",
    rowLevelSecurity: true,
  },
  stripe_events: {
    owner: { kind: "none", reason: "Ids of Stripe events already applied, so a redelivery changes nothing." },
    description: "A Stripe event's id, type and time, recorded with its effects in one transaction.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "Holds nobody's data." },
    onAccountDeletion: { action: "keep", reason: "Not linked to any account." },
    retention: "kept while the deployment runs (a row is an id, a type and two times)",
    rowLevelSecurity: true,
  },
};
