/**
 * The data map's entries for data rights: sign-in history, the user's privacy settings, and the scheduled jobs' run
 * log. Part of `dataMap` in data-map.ts (see there for the rules).
 */
import "server-only";
import { JOB_RUN_RETENTION_DAYS, SIGN_IN_RETENTION_DAYS } from "@/lib/jobs/retention-rules";
import type { DataMapEntry } from "./data-map";

type PrivacyTable = "sign_in_events" | "account_settings" | "job_runs";

export const privacyDataMap: { readonly [N in PrivacyTable]: DataMapEntry<N> } = {
  sign_in_events: {
    owner: { kind: "user", column: "user_id" },
    description: "Each sign-in: when, how, the device and browser named from the user agent, and a salted IP hash.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "The history of an account that no longer exists; it cascades." },
    retention: `${SIGN_IN_RETENTION_DAYS} days after the sign-in (the audit-retention job), or until the account is deleted`,
    rowLevelSecurity: true,
  },
  account_settings: {
    owner: { kind: "user", column: "user_id" },
    description: "The user's privacy settings: how long saved practice sessions are kept.",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    onAccountDeletion: { action: "delete", reason: "Settings of a deleted account mean nothing; the row cascades." },
    retention: "until the account is deleted",
    rowLevelSecurity: true,
  },
  job_runs: {
    owner: { kind: "none", reason: "Operators' record of scheduled jobs: job name, counts and durations, no person." },
    description: "One run of a scheduled job: which job, what triggered it, outcome, rows affected and duration.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "Holds nobody's data." },
    onAccountDeletion: { action: "keep", reason: "Not linked to any account." },
    retention: `${JOB_RUN_RETENTION_DAYS} days after the run started (the job-runs-retention job)`,
    rowLevelSecurity: true,
  },
};
