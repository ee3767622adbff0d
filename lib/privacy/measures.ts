/**
 * The technical and organisational measures /data-protection lists (GDPR art. 32), each with its status and, for a
 * measure in place, the test that proves it: a file and a test title. lib/privacy/measures.test.ts fails when a named
 * file does not exist or does not contain the named title, so the page cannot cite a test that is gone.
 * Periods come from the constants the jobs enforce (lib/jobs/retention-rules.ts).
 */
import {
  AUDIT_RETENTION_DAYS,
  ENDED_SESSION_RETENTION_DAYS,
  EXPIRED_INVITE_RETENTION_DAYS,
  PRACTICE_RETENTION_DAYS,
} from "@/lib/jobs/retention-rules";

export type MeasureArea = "Access control" | "Confidentiality" | "Data minimisation" | "Storage limitation" | "Integrity and accountability";

export type Measure = {
  area: MeasureArea;
  title: string;
  description: string;
} & ({ status: "in place"; proof: { file: string; test: string } } | { status: "planned" });

export const MEASURES: readonly Measure[] = [
  {
    area: "Access control",
    title: "Row-level security behind every query",
    description: "Each request reads and writes the database as its user; PostgreSQL lets it see only that user's rows, even if a query forgot its own filter.",
    status: "in place",
    proof: { file: "tests/integration/row-level-security.test.ts", test: "returns only the principal's sessions to a bare select without an owner filter" },
  },
  {
    area: "Access control",
    title: "Every route declares who may call it",
    description: "Each API route, page and server action goes through one wrapper with its declared authentication; a test lists them all.",
    status: "in place",
    proof: { file: "tests/integration/authorization-matrix.test.ts", test: "lists every route, page and server action in app/, and nothing that is not there" },
  },
  {
    area: "Access control",
    title: "Signing out ends the session at once",
    description: "A local session token stops working on the next request after sign-out, on one device or all of them.",
    status: "in place",
    proof: { file: "tests/integration/auth-sessions.test.ts", test: "stops a token working on the very next request once its session is signed out" },
  },
  {
    area: "Access control",
    title: "Rate limits on public endpoints",
    description: "The public STAR scorer admits five requests an hour per IP, counting invalid ones, however many arrive at once.",
    status: "in place",
    proof: { file: "tests/integration/star-score-api.test.ts", test: "admits exactly five of fifty concurrent requests from one IP, and counts two IPs apart" },
  },
  {
    area: "Confidentiality",
    title: "Encrypted transport and a strict browser policy",
    description: "HSTS for two years, and a Content Security Policy that runs scripts only with the page's nonce from our own origin.",
    status: "in place",
    proof: { file: "lib/security/headers.test.ts", test: "allows scripts only with the request's nonce, from our origin" },
  },
  {
    area: "Confidentiality",
    title: "Camera and microphone only where they are used",
    description: "Permissions-Policy denies camera and microphone everywhere except the practice and assessment pages.",
    status: "in place",
    proof: { file: "lib/security/headers.test.ts", test: "allows camera and microphone on practice and assessment pages only" },
  },
  {
    area: "Confidentiality",
    title: "Encryption at rest of the embedded database",
    description: "The embedded (PGlite) database's files are as safe as the server's disk; managed PostgreSQL providers encrypt at rest.",
    status: "planned",
  },
  {
    area: "Data minimisation",
    title: "No identity sent to the AI provider",
    description: "Questions are written from the role, CV, goals and job description only: no name, email or account id.",
    status: "in place",
    proof: { file: "tests/integration/practice-ai-questions.test.ts", test: "sends the role, CV, goals and job description but no email, name or user id" },
  },
  {
    area: "Data minimisation",
    title: "No personal text in error reports or logs",
    description: "Error reports and log lines are scrubbed of CV text, answers, emails, cookies and request bodies before they leave the server.",
    status: "in place",
    proof: { file: "tests/integration/sentry-scrubbing.test.ts", test: "strips CV text, answers, emails, cookies and bodies from a captured exception" },
  },
  {
    area: "Data minimisation",
    title: "Logs redact what slips in",
    description: "A log line that is handed an answer, CV text or email by mistake writes [Filtered] instead.",
    status: "in place",
    proof: { file: "lib/observability/logger.test.ts", test: "redacts answers, CV text and emails passed by mistake" },
  },
  {
    area: "Storage limitation",
    title: "Saved practice sessions kept as long as the user chose",
    description: `Saved sessions are deleted ${PRACTICE_RETENTION_DAYS["90d"]} or ${PRACTICE_RETENTION_DAYS["1y"]} days after they started when the user chose that period; the default keeps them until the user deletes them.`,
    status: "in place",
    proof: { file: "tests/integration/jobs-retention.test.ts", test: "deletes saved sessions past the owner's chosen period and keeps those inside it" },
  },
  {
    area: "Storage limitation",
    title: "Audit events and sign-in history expire",
    description: `Audit events and sign-ins are deleted ${AUDIT_RETENTION_DAYS} days after they happened.`,
    status: "in place",
    proof: { file: "tests/integration/jobs-retention.test.ts", test: "deletes audit events and sign-ins older than a year and keeps younger ones" },
  },
  {
    area: "Storage limitation",
    title: "Unused invites expire",
    description: `Member invites never answered and assessment invites never started are deleted ${EXPIRED_INVITE_RETENTION_DAYS} days after they expired; an invite with an attempt stays for the organisation's retention period.`,
    status: "in place",
    proof: { file: "tests/integration/jobs-retention.test.ts", test: "deletes candidate invites that expired unused and keeps any with an attempt for the organisation's retention" },
  },
  {
    area: "Storage limitation",
    title: "Ended sign-in sessions are pruned",
    description: `Local sign-in sessions are deleted ${ENDED_SESSION_RETENTION_DAYS} days after they ended or expired.`,
    status: "in place",
    proof: { file: "tests/integration/jobs-retention.test.ts", test: "deletes local sign-in sessions 30 days after they ended or expired, whichever came first" },
  },
  {
    area: "Storage limitation",
    title: "Candidates anonymised after the team's retention period",
    description: "Proctoring timelines go 30 days after submission; names, emails and answers after the organisation's period.",
    status: "in place",
    proof: { file: "tests/integration/assessment-retention.test.ts", test: "deletes the timeline after 30 days and the candidate's name, email and answers after the retention period" },
  },
  {
    area: "Storage limitation",
    title: "Retention runs on every deployment, once",
    description: "The server runs the retention jobs on a schedule itself (Vercel Cron on Vercel); an advisory lock lets one instance run each job at a time.",
    status: "in place",
    proof: { file: "tests/integration/jobs-runner.test.ts", test: "runs a job once when it is started twice at the same time in one process, and records the other as skipped" },
  },
  {
    area: "Integrity and accountability",
    title: "Job runs are recorded without personal data",
    description: "Every job run is logged with its outcome, rows affected and duration; a failure keeps the error's class and code, never its message.",
    status: "in place",
    proof: { file: "tests/integration/jobs-runner.test.ts", test: "records a failure with the error's class and code, never its message, and never throws" },
  },
  {
    area: "Integrity and accountability",
    title: "Consent records cannot be flooded",
    description: "Consent answers, the retention choice and accepting the terms are limited to 30 an hour per user; a refused change records nothing.",
    status: "in place",
    proof: { file: "e2e/privacy-rate-limit.spec.ts", test: "the 31st privacy change within the hour is refused with the wait, and changes nothing" },
  },
  {
    area: "Integrity and accountability",
    title: "Changes are audited with their data change",
    description: "A profile save and its audit event commit or roll back together.",
    status: "in place",
    proof: { file: "tests/integration/db-consents-audit.test.ts", test: "rolls back a profile save and its audit event together when the transaction fails" },
  },
  {
    area: "Integrity and accountability",
    title: "Export of everything held about a user",
    description: "One download from the profile page with every row the data map marks as the user's.",
    status: "in place",
    proof: {
      file: "tests/integration/account-export.test.ts",
      test: "holds no other person's rows: not a fellow member's, not an invitee's email, not the organisation's candidates",
    },
  },
  {
    area: "Integrity and accountability",
    title: "Account deletion",
    description: "Deleting the account removes every row the data map marks as the user's and anonymises what must stay.",
    status: "in place",
    proof: {
      file: "tests/integration/account-deletion.test.ts",
      test: "deletes every row of the user and leaves no trace of their id, email or name in any table",
    },
  },
  {
    area: "Data minimisation",
    title: "Withdrawing AI processing is a real opt-out",
    description: "After a withdrawal in privacy settings, questions and feedback come from the offline engines and nothing of the user's reaches the AI provider.",
    status: "in place",
    proof: {
      file: "tests/integration/ai-opt-out.test.ts",
      test: "serves a user who withdrew from the offline engines and sends the AI provider nothing of theirs",
    },
  },
  {
    area: "Integrity and accountability",
    title: "The audit log is append-only",
    description: "The application's database role may add and read audit events, never change or delete them; only retention and account anonymisation do.",
    status: "in place",
    proof: { file: "tests/integration/audit-append-only.test.ts", test: "refuses to update the user's own audit event" },
  },
];
