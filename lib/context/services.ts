/**
 * The services a request may use, gathered in one place so a test swaps them on the context instead of mocking
 * modules: the AI clients (null without AI), the rate limiter, the question source, the email sender, billing (whether
 * plans apply, and the payment provider), and the database the scoped handle opens transactions on.
 */
import "server-only";
import { type Database, getDb } from "@/db/client";
import { type AiClient, getOpenAIClient } from "@/lib/ai/openai-client";
import { type AudioClient, getOpenAIAudioClient } from "@/lib/ai/openai-audio";
import { type BillingMode, getBillingMode } from "@/lib/billing/billing-mode";
import type { BillingProvider } from "@/lib/billing/stripe/billing-provider";
import { getBillingProvider } from "@/lib/billing/stripe/stripe-client";
import type { EmailSender } from "@/lib/email/email-sender";
import { getEmailSender } from "@/lib/email/get-email-sender";
import { getQuestionSource, type QuestionSource } from "@/lib/practice/session/question-source";
import { getRateLimiter, type RateLimiter } from "@/lib/ratelimit/rate-limiter";

export type Services = {
  /** Chat, structured output and moderation; null when no AI is configured (the offline engines answer). */
  ai: AiClient | null;
  /** Speech and transcription; null without AI. */
  audio: AudioClient | null;
  limiter: RateLimiter;
  questionSource: QuestionSource;
  /** The database the scoped handle runs its transactions on. */
  database: () => Promise<Database>;
  /** Resend in production, the local outbox otherwise. */
  email: EmailSender;
  /** "off": every feature is open and nothing is counted; "stripe": plans and allowances apply (lib/billing). */
  billing: BillingMode;
  /** The payment provider (Stripe) when billing is on; null when it is off. */
  payments: BillingProvider | null;
};

/** The services lib/env chose for this process. Built per request: every part is a cached process-wide instance. */
export function defaultServices(overrides: Partial<Services> = {}): Services {
  const ai = overrides.ai === undefined ? getOpenAIClient() : overrides.ai;
  return {
    ai,
    audio: overrides.audio === undefined ? getOpenAIAudioClient() : overrides.audio,
    limiter: overrides.limiter ?? getRateLimiter(),
    questionSource: overrides.questionSource ?? getQuestionSource(ai),
    database: overrides.database ?? getDb,
    email: overrides.email ?? getEmailSender(overrides.database ?? getDb),
    billing: overrides.billing ?? getBillingMode(),
    payments: overrides.payments === undefined ? getBillingProvider() : overrides.payments,
  };
}
