/**
 * Allowances for the candidate's link: every route is charged per client IP and per token (see `Allowance.by`), so
 * neither many links from one place nor one link from many places runs unmetered. Sized for one honest candidate:
 * an assessment has at most a few dozen questions, and the browser batches its proctoring events.
 */
import "server-only";
import type { Allowance } from "@/lib/ratelimit/allowance";
import type { RateLimitRule } from "@/lib/ratelimit/types";

const HOUR = 60 * 60;

const RULES = {
  view: { limit: 120, windowSeconds: HOUR, prefix: "ratelimit:assessment:view" },
  start: { limit: 30, windowSeconds: HOUR, prefix: "ratelimit:assessment:start" },
  attempt: { limit: 300, windowSeconds: HOUR, prefix: "ratelimit:assessment:attempt" },
  answers: { limit: 60, windowSeconds: HOUR, prefix: "ratelimit:assessment:answers" },
  // Each question's showing, again on every reload of the room.
  questions: { limit: 120, windowSeconds: HOUR, prefix: "ratelimit:assessment:questions" },
  events: { limit: 600, windowSeconds: HOUR, prefix: "ratelimit:assessment:events" },
  submit: { limit: 30, windowSeconds: HOUR, prefix: "ratelimit:assessment:submit" },
  receipt: { limit: 120, windowSeconds: HOUR, prefix: "ratelimit:assessment:receipt" },
} satisfies Record<string, RateLimitRule>;

function linkAllowance(rule: RateLimitRule, what: string): Allowance {
  return {
    rule,
    by: "ip-and-token",
    refusal: (limit, minutes) =>
      `Too many ${what} from this link or network (${limit} an hour). Try again in ${minutes} minute${minutes === 1 ? "" : "s"}; nothing you saved is lost.`,
    unavailable: "The assessment is briefly unavailable. Nothing you saved is lost; please try again in a minute.",
  };
}

export const CANDIDATE_ALLOWANCES = {
  view: linkAllowance(RULES.view, "page loads"),
  start: linkAllowance(RULES.start, "starts"),
  attempt: linkAllowance(RULES.attempt, "page loads"),
  answers: linkAllowance(RULES.answers, "answers"),
  questions: linkAllowance(RULES.questions, "questions opened"),
  events: linkAllowance(RULES.events, "integrity reports"),
  submit: linkAllowance(RULES.submit, "submissions"),
  receipt: linkAllowance(RULES.receipt, "receipt requests"),
};
