/** The practice loop's per-user allowances, declared by its routes' `limit`. */
import "server-only";
import { userAllowance } from "@/lib/ratelimit/allowance";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";

export const PRACTICE_ALLOWANCES = {
  sessions: userAllowance(RATE_LIMIT_RULES.sessionsPerUser, "new sessions a day"),
  answers: userAllowance(RATE_LIMIT_RULES.answersPerUser, "answers an hour"),
  speech: userAllowance(RATE_LIMIT_RULES.speechPerUser, "questions read aloud an hour"),
  transcriptions: userAllowance(RATE_LIMIT_RULES.transcriptionsPerUser, "recorded answers an hour"),
};
