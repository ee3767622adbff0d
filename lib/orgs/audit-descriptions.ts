/**
 * The audit log in words: "invited someone as Manager", "changed a member's role from Reviewer to Manager". Pure, so
 * the page and its tests share it. Actions it does not know (new ones, other areas) fall back to their code, so the
 * log never hides an event.
 */
import type { JsonObject } from "@/db/schema";

const ROLE_NAMES: Record<string, string> = { owner: "Owner", manager: "Manager", reviewer: "Reviewer" };

const role = (values: JsonObject | null, key = "role"): string | null => {
  const value = values?.[key];
  return typeof value === "string" ? (ROLE_NAMES[value] ?? value) : null;
};

const asRole = (values: JsonObject | null) => (role(values) ? ` as ${role(values)}` : "");

const DESCRIBE: Record<string, (old: JsonObject | null, next: JsonObject | null) => string> = {
  "organisation.create": () => "created the organisation",
  "organisation.update": (_old, next) => `changed the organisation's ${Object.keys(next ?? {}).join(" and ") || "settings"}`,
  "organisation.delete": () => "deleted the organisation",
  "organisation.invite": (_old, next) => `invited someone${asRole(next)}`,
  "invite.resend": () => "sent an invite again with a new link",
  "invite.revoke": () => "revoked an invite",
  "invite.accept": (_old, next) => `accepted an invite${asRole(next)}`,
  "invite.decline": () => "declined an invite",
  "organisation.member_role_change": (old, next) => `changed a member's role from ${role(old) ?? "?"} to ${role(next) ?? "?"}`,
  "organisation.member_remove": (old) => `removed a member${old && role(old) ? ` (${role(old)})` : ""}`,
  "organisation.member_leave": () => "left the organisation",
  "organisation.ownership_transfer": () => "transferred ownership to another member",
  "assessment.create": () => "created an assessment",
  "assessment.update": () => "changed an assessment's details",
  "assessment.delete": () => "deleted a draft assessment",
  "assessment.open": () => "opened an assessment to candidates",
  "assessment.close": () => "closed an assessment",
  "assessment.question.add": () => "added a question",
  "assessment.question.generate": () => "generated questions from a job description",
  "assessment.question.update": () => "edited a question",
  "assessment.question.remove": () => "removed a question",
  "assessment.question.reorder": () => "reordered the questions",
  "assessment.candidate.invite": () => "invited candidates",
  "assessment.candidate.revoke": () => "revoked a candidate's link",
  "assessment.candidate.extend": () => "extended a candidate's deadline",
  "assessment.candidate.resend": () => "sent a candidate a new link",
  "assessment.candidate.reset": () => "reset a candidate's attempt",
  "assessment.candidate.remind": () => "sent a reminder",
  "assessment.candidate.remind_failed": () => "could not send a reminder",
  "assessment.results.export": () => "exported the results as CSV",
  "assessment.review.rate": () => "rated an answer or changed a private note",
  "assessment.review.decide": () => "recorded a decision on a candidate",
  "assessment.retention": () => "removed candidates' data past the retention period",
  "assessment.attempt.start": () => "started the assessment and agreed to its notice",
  "assessment.attempt.submit": (_old, next) =>
    typeof next?.answered === "number" && typeof next.questions === "number"
      ? `submitted the assessment (${next.answered} of ${next.questions} questions answered)`
      : "submitted the assessment",
};

/** Actions only the scheduled jobs take: their events have no actor, and the log names the job instead. */
const SCHEDULED_ACTIONS = new Set(["assessment.candidate.remind", "assessment.candidate.remind_failed", "assessment.retention"]);

export function isScheduledAction(action: string): boolean {
  return SCHEDULED_ACTIONS.has(action);
}

/** Actions a candidate takes through their link: no account, so the log says "A candidate". */
export function isCandidateAction(action: string): boolean {
  return action.startsWith("assessment.attempt.");
}

export function describeAuditAction(action: string, oldValues: JsonObject | null, newValues: JsonObject | null): string {
  const describe = DESCRIBE[action];
  return describe ? describe(oldValues, newValues) : action;
}
