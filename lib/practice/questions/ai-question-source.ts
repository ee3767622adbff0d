/**
 * The AI question engine: asks the model for exactly `count` questions written for the candidate's target role,
 * goals, CV and job description, checks them, and falls back to the offline bank whenever the model cannot give a
 * usable set (provider down, timeout, refusal, invalid JSON, wrong count, duplicates, wrong kinds). A session always
 * starts; the stored engine says which one wrote its questions.
 */
import "server-only";
import { type AiClient, AiUnavailableError } from "@/lib/ai/openai-client";
import {
  type AiQuestion,
  aiQuestionsSchema,
  buildQuestionUserMessage,
  MAX_COMPETENCIES_PER_QUESTION,
  QUESTION_PROMPT_VERSION,
  QUESTION_SCHEMA_NAME,
  QUESTION_SYSTEM_PROMPT,
} from "@/lib/ai/question-prompt";
import { log } from "@/lib/observability/logger";
import type { QuestionBatch, QuestionRequest, QuestionSource } from "@/lib/practice/session/question-source";
import type { SelectedQuestion } from "./select";
import { stableHash } from "./text";
import type { Competency, InterviewType, QuestionKind } from "./types";

/** Why a set of AI questions was not used; logged, never shown. */
export type QuestionFallbackReason = AiUnavailableError["reason"] | "wrong_count" | "duplicate" | "wrong_kind" | "no_competency" | "internal_error";

/** Thrown by `checkAiQuestions` for a set that parsed but cannot be used. */
export class UnusableQuestionsError extends Error {
  constructor(readonly reason: Exclude<QuestionFallbackReason, AiUnavailableError["reason"] | "internal_error">, message: string) {
    super(message);
    this.name = "UnusableQuestionsError";
  }
}

/** The part of the AI client this source uses (so a test double needs nothing else). */
export type StructuredAiClient = Pick<AiClient, "model" | "completeStructured">;

export type AiQuestionSourceOptions = {
  /** Answers whenever the model cannot; the offline bank in the app (passed in, to keep the modules acyclic). */
  fallback: QuestionSource;
  /** Deadline for the model's reply; the client's default when unset. */
  timeoutMs?: number;
};

/** Letters and digits only, lower case: "Tell me about…?" and "tell me about…" are the same question. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function expectedKinds(type: InterviewType): readonly QuestionKind[] {
  if (type === "behavioural") return ["behavioural"];
  if (type === "role_specific") return ["role_specific"];
  return ["behavioural", "role_specific"];
}

/**
 * Checks a parsed reply against the request and turns it into the session's questions: exactly `count`, no two alike,
 * kinds that fit the interview type (a mixed set of two or more has both), one to three known competencies each
 * (repeats dropped, extras cut). Throws `UnusableQuestionsError`. Pure, so it is unit-tested.
 */
export function checkAiQuestions(questions: readonly AiQuestion[], request: Pick<QuestionRequest, "type" | "count">): SelectedQuestion[] {
  if (questions.length !== request.count) {
    throw new UnusableQuestionsError("wrong_count", `The model wrote ${questions.length} of ${request.count} questions.`);
  }
  const seen = new Set<string>();
  for (const question of questions) {
    const key = normalise(question.text);
    if (seen.has(key)) throw new UnusableQuestionsError("duplicate", "The model repeated a question.");
    seen.add(key);
  }
  const allowed = expectedKinds(request.type);
  if (questions.some((q) => !allowed.includes(q.kind))) {
    throw new UnusableQuestionsError("wrong_kind", "A question's kind does not fit the interview type.");
  }
  if (request.type === "mixed" && request.count >= 2 && new Set(questions.map((q) => q.kind)).size < 2) {
    throw new UnusableQuestionsError("wrong_kind", "A mixed interview needs both kinds of question.");
  }
  return questions.map((question) => {
    const competencies = [...new Set<Competency>(question.competencies)].slice(0, MAX_COMPETENCIES_PER_QUESTION);
    if (competencies.length === 0) throw new UnusableQuestionsError("no_competency", "A question has no competency.");
    const text = question.text.trim();
    // Derived from the wording, so an id never names two different questions.
    const id = `ai-${stableHash(normalise(text)).toString(36)}`;
    return { id, text, kind: question.kind, competencies, reason: question.reason.trim() };
  });
}

/** Creates the AI question source over `client`. Only the caller's own abort rejects; every other failure falls back. */
export function createAiQuestionSource(client: StructuredAiClient, options: AiQuestionSourceOptions): QuestionSource {
  return {
    engine: "ai",
    async select(request: QuestionRequest, signal?: AbortSignal): Promise<QuestionBatch> {
      const started = Date.now();
      // Counts and reasons only: the profile, the job description and the model's words are never logged.
      const meta = () => ({ model: client.model, promptVersion: QUESTION_PROMPT_VERSION, count: request.count, type: request.type, durationMs: Date.now() - started });
      try {
        const reply = await client.completeStructured({
          system: QUESTION_SYSTEM_PROMPT,
          user: buildQuestionUserMessage({
            type: request.type,
            count: request.count,
            targetRole: request.profile.targetRole,
            goals: request.profile.goals,
            cvText: request.profile.cvText,
            jobDescription: request.jobDescription,
          }),
          schema: aiQuestionsSchema,
          schemaName: QUESTION_SCHEMA_NAME,
          timeoutMs: options.timeoutMs,
          signal,
        });
        const questions = checkAiQuestions(reply.questions, request);
        log.info("practice.questions.ai", meta());
        return { engine: "ai", bankVersion: QUESTION_PROMPT_VERSION, questions };
      } catch (error) {
        if (signal?.aborted) throw error;
        const known = error instanceof AiUnavailableError || error instanceof UnusableQuestionsError;
        const reason: QuestionFallbackReason = known ? error.reason : "internal_error";
        if (known) log.warn("practice.questions.ai_fallback", { ...meta(), reason, status: error instanceof AiUnavailableError ? error.status : undefined });
        else log.error("practice.questions.ai_fallback", { ...meta(), reason, error: error instanceof Error ? error.name : "unknown" });
        return options.fallback.select(request, signal);
      }
    },
  };
}
