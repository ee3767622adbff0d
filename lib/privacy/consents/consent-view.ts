/**
 * What the privacy settings page shows of the consent records: one current answer per kind, in words. Pure, so the
 * page's wording is unit-tested without a database.
 */
import type { JsonObject } from "@/db/schema";
import { describeAuditAction as describeOrganisationAction } from "@/lib/orgs/audit-descriptions";
import { CONSENT_KINDS, CONSENT_QUESTIONS, type ConsentKind } from "@/lib/privacy/consent-kinds";

export type ConsentRecord = { kind: string; version: string; granted: boolean; createdAt: Date };

export type ConsentState = {
  kind: ConsentKind;
  label: string;
  withdrawable: boolean;
  /** "granted" and "withdrawn" are the user's latest answer; "not_asked" when there is none. */
  state: "granted" | "withdrawn" | "not_asked";
  /** When the latest answer was given, and to which version of the text. */
  at: Date | null;
  version: string | null;
  /** A grant given for an older version of the text than the current one. */
  outdated: boolean;
  /** Whether it is in effect: AI processing is on until withdrawn; everything else only once granted. */
  on: boolean;
};

/** The current state of every consent kind from the user's latest record per kind (any order, other kinds ignored). */
export function consentStates(latest: readonly ConsentRecord[]): ConsentState[] {
  return CONSENT_KINDS.map((kind) => {
    const question = CONSENT_QUESTIONS[kind];
    const record = latest.find((row) => row.kind === kind);
    return {
      kind,
      label: question.label,
      withdrawable: question.withdrawable,
      state: record ? (record.granted ? "granted" : "withdrawn") : "not_asked",
      at: record?.createdAt ?? null,
      version: record?.version ?? null,
      outdated: Boolean(record?.granted && record.version !== question.version),
      on: record ? record.granted : kind === "ai_processing",
    };
  });
}

/** Whether a signed-in user must accept the terms (again) before using the app: never, or an older version. */
export function needsTermsAcceptance(acceptedTermsVersion: string | null | undefined): boolean {
  // Undefined: the principal was built without looking (a test or benchmark), not a user who never accepted.
  if (acceptedTermsVersion === undefined) return false;
  return acceptedTermsVersion !== CONSENT_QUESTIONS.terms.version;
}

const AUDIT_WORDS: Record<string, string> = {
  "auth.sign_in": "Signed in",
  "auth.sign_out": "Signed out",
  "auth.sign_out_everywhere": "Signed out on every device",
  "consent.grant": "Gave consent",
  "consent.withdraw": "Withdrew consent",
  "consent.accept_terms": "Accepted the terms of use and the privacy notice",
  "profile.update": "Updated the profile",
  "profile.clear_field": "Cleared a profile field",
  "practice_session.save": "Saved a practice session",
  "practice_session.discard": "Discarded a practice session",
  "practice_session.delete_all": "Deleted all practice sessions",
  "settings.practice_retention": "Changed how long saved practice sessions are kept",
  "account.export": "Downloaded a copy of the account's data",
  "account.delete": "Deleted the account",
};

/** One of the user's own audit events in words; actions in an organisation read as that organisation's log does. */
export function describeOwnAuditAction(action: string, oldValues: JsonObject | null, newValues: JsonObject | null): string {
  const words = AUDIT_WORDS[action] ?? describeOrganisationAction(action, oldValues, newValues);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The kind named in an audit event's values, in words ("Camera presence, …"), or null. */
export function consentLabelOf(values: unknown): string | null {
  const kind = (values as { kind?: unknown } | null)?.kind;
  return typeof kind === "string" && (CONSENT_KINDS as readonly string[]).includes(kind) ? CONSENT_QUESTIONS[kind as ConsentKind].label : null;
}

export type ConsentAnswer = { kind: ConsentKind; version: string; granted: boolean };

/**
 * What accepting the terms (the sign-in checkbox, or the consent page) adds to the user's record: the terms and the
 * privacy notice unless already granted for the current text, and, where AI is configured (disclosed beside the
 * checkbox, on by default), an AI processing grant only if the user never answered: a withdrawal stands.
 */
export function acceptanceAnswers(latest: readonly ConsentRecord[], options: { aiConfigured: boolean }): ConsentAnswer[] {
  const current = (kind: ConsentKind) => latest.find((row) => row.kind === kind);
  const grant = (kind: ConsentKind): ConsentAnswer => ({ kind, version: CONSENT_QUESTIONS[kind].version, granted: true });
  const documents = (["terms", "privacy_notice"] as const).filter((kind) => {
    const row = current(kind);
    return !(row?.granted && row.version === CONSENT_QUESTIONS[kind].version);
  });
  const ai = options.aiConfigured && !current("ai_processing") ? [grant("ai_processing")] : [];
  return [...documents.map(grant), ...ai];
}
