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
import { AUDIT_RETENTION_DAYS, ENDED_SESSION_RETENTION_DAYS, PRACTICE_RETENTION_DAYS } from "@/lib/jobs/retention-rules";
import { ABANDONED_SESSION_GRACE_MS, abandonedBefore, SESSION_TIME_LIMIT_MS } from "@/lib/practice/session/limits";
import { hiringTeamDataMap } from "./data-map-hiring";
import { privacyDataMap } from "./data-map-privacy";
import { billingDataMap } from "./data-map-billing";
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

/**
 * Rows of an organisation's table that are also one user's own (their membership, an invite they sent or one sent to
 * them): the column naming the user, what it holds (their id or their email), and the words the export file uses to
 * say why the row is theirs. The data export reads exactly these rows of such tables, in each organisation the user
 * belongs to; everything else the organisation holds (its candidates above all) is not the member's personal data.
 */
export type ExportSubject<N extends TableName> = {
  readonly column: ColumnName<N>;
  readonly holds: "user id" | "email";
  readonly label: string;
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
  /** Organisation tables only: the rows a member's export includes (required when `export` is not excluded). */
  readonly exportSubjects?: readonly [ExportSubject<N>, ...ExportSubject<N>[]];
  /**
   * Where an organisation table's export subjects are read: in each organisation the user belongs to (the default),
   * or in the user's own scope, where row-level security shows them their rows of every organisation (invites sent to
   * them by a team they never joined, or sent from one they have since left).
   */
  readonly exportScope?: "each organisation" | "own";
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
  `unsaved sessions (in progress or completed): deleted at once when discarded, otherwise by the abandoned-sessions ` +
  `job (lib/jobs: the server's own scheduler, or /api/cron/cleanup on Vercel) once ${minutes(UNSAVED_SESSION_LIFETIME_MS)} minutes have passed since the start ` +
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
    retention:
      `saved sessions: until the user deletes one, all, or the account, or, when the user chose a period in their ` +
      `privacy settings (${PRACTICE_RETENTION_DAYS["90d"]} or ${PRACTICE_RETENTION_DAYS["1y"]} days; default keep), ` +
      `that long after the session started (the practice-retention job); ${UNSAVED_SESSION_RETENTION}`,
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
    retention: `${ENDED_SESSION_RETENTION_DAYS} days after the session ended or expired, whichever came first (the ended-sessions job), or until the account is deleted`,
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
      reason:
        "The log must outlive the account to keep its history: action and time stay; the actor, the IP hash and the " +
        "target (when it is the user) are nulled, and old/new values naming their id, email or name are dropped.",
    },
    retention: `${AUDIT_RETENTION_DAYS} days after the event (the audit-retention job); rows lose their actor when the account is deleted`,
    rowLevelSecurity: true,
  },
  ...hiringTeamDataMap,
  ...privacyDataMap,
  ...billingDataMap,
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
