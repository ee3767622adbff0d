/**
 * The local OpenAI server's simulated model (`simulate` option) with the question writer: the real SDK sends the
 * app's own question prompt and gets a usable set back, scripted replies still win, and other requests are not
 * answered by it.
 */
import { describe, expect, it } from "vitest";
import { AiUnavailableError, createOpenAIClient } from "@/lib/ai/openai-client";
import {
  aiQuestionsSchema,
  buildQuestionUserMessage,
  QUESTION_SCHEMA_NAME,
  QUESTION_SYSTEM_PROMPT,
} from "@/lib/ai/question-prompt";
import { checkAiQuestions } from "@/lib/practice/questions/ai-question-source";
import type { InterviewType } from "@/lib/practice/questions";
import { questionSimHandler, questionSimHandlers } from "@/tests/helpers/openai-server/simulate-questions";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: questionSimHandlers });
const client = () => createOpenAIClient({ apiKey: "sk-test-local-only", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 2_000 });

function ask(type: InterviewType, count: number, targetRole: string | null = "Account Executive") {
  return client().completeStructured({
    system: QUESTION_SYSTEM_PROMPT,
    user: buildQuestionUserMessage({ type, count, targetRole, goals: "Close bigger deals" }),
    schema: aiQuestionsSchema,
    schemaName: QUESTION_SCHEMA_NAME,
  });
}

describe("simulated question writer", () => {
  it("answers every type and count from 3 to 10 with a set the app accepts", async () => {
    for (const type of ["behavioural", "role_specific", "mixed"] as const) {
      for (let count = 3; count <= 10; count += 1) {
        const reply = await ask(type, count);
        expect(checkAiQuestions(reply.questions, { type, count })).toHaveLength(count);
      }
    }
  });

  it("names the target role from the prompt, with the right article, and copes with none", async () => {
    const reply = await ask("role_specific", 3);
    expect(reply.questions[0]?.text).toContain("an Account Executive");
    const anonymous = await ask("role_specific", 3, null);
    expect(anonymous.questions.every((q) => !q.text.includes("not given"))).toBe(true);
  });

  it("keeps questions distinct past its template pool", () => {
    const body = { response_format: { type: "json_schema", json_schema: { name: QUESTION_SCHEMA_NAME } }, messages: [{ role: "user", content: buildQuestionUserMessage({ type: "behavioural", count: 15 }) }] };
    expect(questionSimHandler.matches(body)).toBe(true);
    const reply = questionSimHandler.reply(body);
    const questions = (reply as { json: { questions: { text: string }[] } }).json.questions;
    expect(new Set(questions.map((q) => q.text)).size).toBe(15);
  });

  it("lets a queued reply win over the simulation", async () => {
    harness.server.setNextError("chat/completions", 503);
    await expect(ask("mixed", 3)).rejects.toBeInstanceOf(AiUnavailableError);
    expect((await ask("mixed", 3)).questions).toHaveLength(3);
  });

  it("does not answer a request with another schema name", async () => {
    const other = client().completeStructured({ system: "s", user: "u", schema: aiQuestionsSchema, schemaName: "something_else" });
    await expect(other).rejects.toMatchObject({ reason: "provider_error", status: 500 });
    expect(questionSimHandler.matches({ response_format: { type: "text" } })).toBe(false);
  });
});
