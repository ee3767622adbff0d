/**
 * Where a session's questions come from: the offline bank, or, with OpenAI configured, the AI source (questions
 * written for the candidate's CV and job description, falling back to the bank when the model fails). The session
 * records which engine produced its questions and from which bank or prompt version, so a session can be explained
 * and reproduced.
 */
import "server-only";
import type { QuestionEngine } from "@/db/schema";
import { type AiClient, getOpenAIClient } from "@/lib/ai/openai-client";
import { createAiQuestionSource } from "@/lib/practice/questions/ai-question-source";
import {
  type InterviewType,
  QUESTION_BANK_VERSION,
  type SelectedQuestion,
  type SelectionProfile,
  selectQuestions,
} from "@/lib/practice/questions";

/** What a source is asked for: already validated (type, a count from 3 to 10) and personalised from the profile. */
export type QuestionRequest = {
  type: InterviewType;
  count: number;
  profile: SelectionProfile;
  jobDescription: string | null;
};

/** What a source returns: exactly `count` questions, in the order they are asked, and what produced them. */
export type QuestionBatch = {
  engine: QuestionEngine;
  /** The bank's version for the offline engine; for an AI engine, its prompt's version. */
  bankVersion: string;
  questions: SelectedQuestion[];
};

/** A producer of practice questions. Implementations must return `count` questions or throw. */
export interface QuestionSource {
  readonly engine: QuestionEngine;
  select(request: QuestionRequest, signal?: AbortSignal): Promise<QuestionBatch>;
}

/** The offline engine: the curated bank ranked for the candidate (deterministic, no network). */
export const offlineQuestionSource: QuestionSource = {
  engine: "offline",
  async select(request) {
    const questions = selectQuestions({
      type: request.type,
      count: request.count,
      profile: request.profile,
      jobDescription: request.jobDescription,
    });
    return { engine: "offline", bankVersion: QUESTION_BANK_VERSION, questions };
  },
};

/**
 * The source the app uses: AI questions (with the offline bank as fallback) when an AI client is configured, the
 * offline bank otherwise. `client` defaults to `getOpenAIClient()`; tests pass one pointed at the local server.
 */
export function getQuestionSource(client: AiClient | null = getOpenAIClient()): QuestionSource {
  return client ? createAiQuestionSource(client, { fallback: offlineQuestionSource }) : offlineQuestionSource;
}
