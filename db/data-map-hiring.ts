/**
 * The data map's entries for hiring teams: organisations, their members and invites, assessments and everything a
 * candidate leaves, reviews, and the local email outbox. Part of `dataMap` in data-map.ts (see there for the rules).
 */
import "server-only";
import { EXPIRED_INVITE_RETENTION_DAYS } from "@/lib/jobs/retention-rules";
import type { DataMapEntry } from "./data-map";

type HiringTable =
  | "organisations"
  | "organisation_members"
  | "organisation_invites"
  | "email_outbox"
  | "assessments"
  | "assessment_questions"
  | "candidate_invites"
  | "assessment_attempts"
  | "assessment_answers"
  | "proctoring_events"
  | "answer_reviews"
  | "candidate_decisions";

export const hiringTeamDataMap: { readonly [N in HiringTable]: DataMapEntry<N> } = {
  organisations: {
    owner: { kind: "organisation", column: "id" },
    description: "A hiring team's workspace: its name and URL slug.",
    personalData: false,
    userText: [],
    export: { columns: "excluded", reason: "The organisation's, not a person's; members export their own rows." },
    onAccountDeletion: {
      action: "keep",
      reason:
        "It belongs to the team, not to any one member's account. Exceptions: one whose only member is the deleted " +
        "account goes with it; the sole owner of one with other members must hand it over first.",
    },
    retention: "until an owner deletes the organisation, which removes everything it holds",
    rowLevelSecurity: true,
  },
  organisation_members: {
    owner: { kind: "organisation", column: "org_id" },
    description: "Who belongs to an organisation, and with which role (owner, manager, reviewer).",
    personalData: true,
    userText: [],
    export: { columns: "all" },
    exportSubjects: [{ column: "user_id", holds: "user id", label: "your membership" }],
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
      reason: "The invitee's email (another person's, on an invite you sent) and the token hash (a credential) are left out.",
    },
    exportSubjects: [
      { column: "invited_by_user_id", holds: "user id", label: "sent by you" },
      { column: "email", holds: "email", label: "sent to you" },
    ],
    exportScope: "own",
    onAccountDeletion: {
      action: "anonymise",
      reason:
        "The organisation keeps its invites; the inviter is nulled by the foreign key. Invites addressed to the " +
        "deleted account's email are deleted: that email is the person's.",
    },
    retention:
      `an invite never answered: ${EXPIRED_INVITE_RETENTION_DAYS} days after it expired (the expired-invites job); ` +
      "accepted, declined and revoked invites: until the organisation is deleted, as its history",
    rowLevelSecurity: true,
  },
  email_outbox: {
    owner: { kind: "none", reason: "Local mode only: what would have been emailed, listed at /dev/outbox." },
    description: "Local mode's outbox: recipient, subject and body of each email the app would have sent.",
    personalData: true,
    userText: [],
    export: { columns: "excluded", reason: "Empty in production; local mode's data is the developer's own." },
    onAccountDeletion: { action: "keep", reason: "Not linked to an account; local mode only. Mail to or naming the deleted account is deleted." },
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
    retention:
      "name and email until the organisation's retention period after submission (default 180 days; the " +
      `assessment-retention job); an invite never started is deleted ${EXPIRED_INVITE_RETENTION_DAYS} days after its ` +
      "deadline (the expired-invites job)",
    rowLevelSecurity: true,
  },
  assessment_attempts: {
    owner: { kind: "organisation", column: "org_id" },
    description:
      "One candidate's attempt: the hash of the browser cookie that started it, consent version and IP hash, times (and when each question was first shown), and the proctoring totals.",
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
