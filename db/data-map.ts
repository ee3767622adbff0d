/**
 * The data map: for every table in db/schema/, whose data it is, what it holds, what a data export includes, what
 * account deletion does to it, how long it is kept, and whether row-level security guards it. Export, account
 * deletion and retention jobs walk this map; db/data-map.test.ts fails when a table is missing from it or when an
 * entry disagrees with the schema (owner column, delete rule, row-level security).
 *
 * Keep it true of the code and of app/privacy/page.tsx: a change to one is a change to all three.
 */
import "server-only";
import { type Column, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { ABANDONED_SESSION_GRACE_MS, abandonedBefore, SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";
import * as schema from "./schema";

type Schema = typeof schema;
type TableExport = { [K in keyof Schema]: Schema[K] extends PgTable ? K : never }[keyof Schema];
type TableBySqlName = { [K in TableExport as Extract<Schema[K], PgTable>["_"]["name"]]: Extract<Schema[K], PgTable> };

/** The SQL name of a table in db/schema/; a name that is not one is a type error. */
export type TableName = keyof TableBySqlName;

type ColumnsOf<N extends TableName> = TableBySqlName[N]["_"]["columns"];

/** The SQL name of a column of table `N` (distributes over a union of tables). */
export type ColumnName<N extends TableName> = N extends TableName
  ? Extract<ColumnsOf<N>[keyof ColumnsOf<N>], Column>["_"]["name"]
  : never;

/**
 * Whose data a row is. `user`: the column holding the owning user's id (for `users`, its own `id`). `organisation`:
 * the column holding the owning organisation's id (for `organisations`, its own `id`); such rows go when the
 * organisation is deleted, and `onAccountDeletion` says what a member's account deletion does to them. `none`:
 * nobody's (such a table must not reference `users`).
 */
export type Owner<N extends TableName> =
  | { readonly kind: "user"; readonly column: ColumnName<N> }
  | { readonly kind: "organisation"; readonly column: ColumnName<N> }
  | { readonly kind: "none"; readonly reason: string };

/** What a data export of the owner's rows carries. */
export type ExportRule<N extends TableName> =
  | { readonly columns: "all" }
  | { readonly columns: readonly [ColumnName<N>, ...ColumnName<N>[]]; readonly reason: string }
  | { readonly columns: "excluded"; readonly reason: string };

/**
 * What deleting the owner's account does to their rows. Must match the owner column's foreign key to `users`:
 * `cascade` is "delete", `set null` is "anonymise"; "keep" only for tables with no owner and no such key.
 */
export type AccountDeletionRule = {
  readonly action: "delete" | "anonymise" | "keep";
  readonly reason: string;
};

/** One table's entry in the data map. */
export type DataMapEntry<N extends TableName = TableName> = {
  readonly owner: Owner<N>;
  /** One line: what a row holds. */
  readonly description: string;
  /** Whether a row identifies or describes a person (ids that resolve to a user count). */
  readonly personalData: boolean;
  /** Columns holding free text the user typed or pasted: never logged, never copied into the audit log. */
  readonly userText: readonly ColumnName<N>[];
  readonly export: ExportRule<N>;
  readonly onAccountDeletion: AccountDeletionRule;
  /** How long rows live, in words; numbers come from the constants that enforce them. */
  readonly retention: string;
  /** True for every table holding a user's data: the migration enables and FORCEs RLS on exactly these. */
  readonly rowLevelSecurity: boolean;
};

/** Every table, keyed by SQL name: a missing or unknown table is a type error as well as a test failure. */
export type DataMap = { readonly [N in TableName]: DataMapEntry<N> };

const minutes = (ms: number) => Math.round(ms / 60_000);
// How far back the abandoned-session sweep reaches, read from `abandonedBefore` itself so the two cannot drift.
const UNSAVED_SESSION_LIFETIME_MS = -abandonedBefore(new Date(0)).getTime();

const UNSAVED_SESSION_RETENTION =
  `unsaved sessions (in progress or completed): deleted at once when discarded, otherwise by the scheduled cleanup ` +
  `(/api/cron/cleanup) once ${minutes(UNSAVED_SESSION_LIFETIME_MS)} minutes have passed since the start ` +
  `(the ${minutes(SESSION_TIME_LIMIT_MS)}-minute time limit plus ${minutes(ABANDONED_SESSION_GRACE_MS)} minutes' grace)`;

export const dataMap: DataMap = {
  users: {
    owner: { kind: "user", column: "id" },
    description: "The account: auth provider id, email and display name as the auth provider reports them.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "The row is the account; every owned row cascades from it." },
    retention: "until the account is deleted",
    rowLevelSecurity: true,
  },
  candidate_profiles: {
    owner: { kind: "user", column: "user_id" },
    description: "Profile context the user typed: CV text, target role and goals (one row per user).",
    personalData: true,
    userText: ["cv_text", "target_role", "goals"],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "The user's own text; nothing else needs it once they are gone." },
    retention: "until the user clears a field (that field) or deletes the account",
    rowLevelSecurity: true,
  },
  practice_sessions: {
    owner: { kind: "user", column: "user_id" },
    description:
      "One practice session: type, status, the questions asked, the job description the user pasted, summary and score.",
    personalData: true,
    userText: ["job_description"],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "The user's own practice; answers cascade with it." },
    retention: `saved sessions: until the user deletes one, all, or the account; ${UNSAVED_SESSION_RETENTION}`,
    rowLevelSecurity: true,
  },
  practice_answers: {
    owner: { kind: "user", column: "user_id" },
    description:
      "One answer: the question, the answer text (typed or transcribed), AI or offline feedback, scores, " +
      "delivery and presence numbers measured in the browser (never audio or images), and the follow-up question " +
      "asked after it with the candidate's answer to that.",
    personalData: true,
    userText: ["answer_text", "follow_up"],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "The user's own answers; they also cascade with their session." },
    retention: "as long as its session (deleted with it, by the user, the account deletion or the cleanup)",
    rowLevelSecurity: true,
  },
  consents: {
    owner: { kind: "user", column: "user_id" },
    description: "Append-only consent answers: kind, policy version, granted or withdrawn, keyed IP hash, time.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: {
      action: "delete",
      reason: "Consent records prove what this user agreed to; with no account there is nothing left to consent to.",
    },
    retention: "until the account is deleted (append-only: a withdrawal is a new row)",
    rowLevelSecurity: true,
  },
  auth_sessions: {
    owner: { kind: "user", column: "user_id" },
    description: "Local sign-in sessions: the token's session id, when it began, when it expires and when it ended.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "Sessions of a deleted account can never verify again." },
    retention: "until the account is deleted (a pruning job for ended sessions comes with the data-rights work)",
    rowLevelSecurity: true,
  },
  audit_events: {
    owner: { kind: "user", column: "actor_user_id" },
    description:
      "Append-only log of changes: actor, action, target, old/new facts (ids, statuses, scores, field lengths, " +
      "never the text), keyed IP hash, time.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: {
      action: "anonymise",
      reason: "The log must outlive the account to keep its history; the actor is nulled by the foreign key.",
    },
    retention: "indefinitely: no job prunes it; rows lose their actor when the account is deleted",
    rowLevelSecurity: true,
  },
  organisations: {
    owner: { kind: "organisation", column: "id" },
    description: "A hiring team's workspace: its name and URL slug.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's, not a person's; members export their own rows." },
    onAccountDeletion: { action: "keep", reason: "It belongs to the team, not to any one member's account." },
    retention: "until an owner deletes the organisation, which removes everything it holds",
    rowLevelSecurity: true,
  },
  organisation_members: {
    owner: { kind: "organisation", column: "org_id" },
    description: "Who belongs to an organisation, and with which role (owner, manager, reviewer).",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "A deleted account is a member of nothing; the row cascades." },
    retention: "until the member leaves or is removed, the account is deleted, or the organisation is",
    rowLevelSecurity: true,
  },
  organisation_invites: {
    owner: { kind: "organisation", column: "org_id" },
    description:
      "Invites to join an organisation: the invitee's email, the role, the SHA-256 of the link's token (never the " +
      "token), status, inviter, expiry.",
    personalData: true,
    userText: [],
    export: {
      columns: ["id", "org_id", "role", "status", "expires_at", "created_at", "responded_at"],
      reason: "An inviter exports the invites they sent; the token hash is a credential and is never exported.",
    },
    onAccountDeletion: {
      action: "anonymise",
      reason: "The organisation keeps its invites; the inviter is nulled by the foreign key.",
    },
    retention: "until the organisation is deleted (answered and expired invites are kept as its history)",
    rowLevelSecurity: true,
  },
  email_outbox: {
    owner: { kind: "none", reason: "Local mode only: what would have been emailed, listed at /dev/outbox." },
    description: "Local mode's outbox: recipient, subject and body of each email the app would have sent.",
    personalData: true,
    userText: [],
    export: { columns: "excluded", reason: "Empty in production; local mode's data is the developer's own." },
    onAccountDeletion: { action: "keep", reason: "Not linked to an account; local mode only." },
    retention: "local mode only: kept until the local database is reset",
    rowLevelSecurity: true,
  },
  assessments: {
    owner: { kind: "organisation", column: "org_id" },
    description: "An assessment a hiring team built: title, role, introduction for candidates, options, status.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's, not a person's." },
    onAccountDeletion: { action: "anonymise", reason: "The organisation keeps it; its author is nulled by the foreign key." },
    retention: "until the organisation deletes it or the organisation",
    rowLevelSecurity: true,
  },
  assessment_questions: {
    owner: { kind: "organisation", column: "org_id" },
    description: "The questions of an assessment, in order, with time limits, allowed modes and retakes.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's, not a person's." },
    onAccountDeletion: { action: "keep", reason: "Not linked to an account." },
    retention: "as long as its assessment",
    rowLevelSecurity: true,
  },
  candidate_invites: {
    owner: { kind: "organisation", column: "org_id" },
    description:
      "A candidate invited to an assessment: name, email, the SHA-256 of their link's token (never the token), status, deadline.",
    personalData: true,
    userText: [],
    export: { columns: "excluded", reason: "Candidates have no account; the thank-you page offers their answers as JSON." },
    onAccountDeletion: { action: "anonymise", reason: "The organisation keeps its candidates; the inviter is nulled." },
    retention: "name and email until the organisation's retention period after submission (default 180 days)",
    rowLevelSecurity: true,
  },
  assessment_attempts: {
    owner: { kind: "organisation", column: "org_id" },
    description:
      "One candidate's attempt: the hash of the browser cookie that started it, consent version and IP hash, times, and the proctoring totals.",
    personalData: true,
    userText: [],
    export: { columns: "excluded", reason: "Candidates have no account; the thank-you page offers their answers as JSON." },
    onAccountDeletion: { action: "keep", reason: "Not linked to an account." },
    retention: "until the organisation's retention period after submission; the anonymous totals stay",
    rowLevelSecurity: true,
  },
  assessment_answers: {
    owner: { kind: "organisation", column: "org_id" },
    description: "A candidate's answer to one question, with delivery numbers, the scores and the quotes supporting them.",
    personalData: true,
    userText: ["answer_text"],
    export: { columns: "excluded", reason: "Candidates have no account; the thank-you page offers their answers as JSON." },
    onAccountDeletion: { action: "keep", reason: "Not linked to an account." },
    retention: "answer text until the organisation's retention period after submission; anonymous scores stay",
    rowLevelSecurity: true,
  },
  proctoring_events: {
    owner: { kind: "organisation", column: "org_id" },
    description: "Proctoring signals of an attempt: kind, question, time from its start, duration, confidence; never images.",
    personalData: true,
    userText: [],
    export: { columns: "excluded", reason: "Candidates have no account; the thank-you page shows their integrity log." },
    onAccountDeletion: { action: "keep", reason: "Not linked to an account." },
    retention: "30 days after submission (the retention job); the per-attempt totals stay on the attempt",
    rowLevelSecurity: true,
  },
  answer_reviews: {
    owner: { kind: "organisation", column: "org_id" },
    description: "A reviewer's 1–5 rating and private note on one candidate answer.",
    personalData: true,
    userText: ["note"],
    export: { columns: "excluded", reason: "The organisation's assessment of a candidate; members do not export it." },
    onAccountDeletion: { action: "delete", reason: "A reviewer's own ratings and notes go with their account." },
    retention: "as long as the answer it rates (deleted with it, its assessment or the organisation)",
    rowLevelSecurity: true,
  },
  candidate_decisions: {
    owner: { kind: "organisation", column: "org_id" },
    description: "The team's decision on a candidate (advance, hold, reject), apart from the attempt's status.",
    personalData: true,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's decision about a candidate." },
    onAccountDeletion: { action: "anonymise", reason: "The decision stays with the team; who made it is nulled." },
    retention: "as long as the candidate's invite",
    rowLevelSecurity: true,
  },
};

/** A table exported by a schema module, with its SQL name. */
export type SchemaTable = { readonly name: string; readonly table: PgTable };

/**
 * The Drizzle tables among a module's exports (db/schema/ by default), in export order. Relations, constants and
 * anything else exported beside the tables are skipped.
 */
export function listSchemaTables(exportsOf: Readonly<Record<string, unknown>> = schema): SchemaTable[] {
  return Object.values(exportsOf)
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => ({ name: getTableConfig(table).name, table }));
}

/** SQL names of the tables the data map marks for row-level security, sorted (what the RLS migration must cover). */
export function tablesWithRowLevelSecurity(): TableName[] {
  return (Object.keys(dataMap) as TableName[]).filter((name) => dataMap[name].rowLevelSecurity).sort();
}
