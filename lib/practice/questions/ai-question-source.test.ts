import { describe, expect, it } from "vitest";
import { AiUnavailableError } from "@/lib/ai/ai-errors";
import type { StructuredRequest } from "@/lib/ai/openai-client";
import { type AiQuestion, QUESTION_PROMPT_VERSION, QUESTION_SCHEMA_NAME } from "@/lib/ai/question-prompt";
import { offlineQuestionSource, type QuestionRequest } from "@/lib/practice/session/question-source";
import { checkAiQuestions, createAiQuestionSource, type StructuredAiClient, UnusableQuestionsError } from "./ai-question-source";

const q = (text: string, kind: AiQuestion["kind"] = "behavioural", competencies: AiQuestion["competencies"] = ["conflict"]): AiQuestion => ({
  text,
  kind,
  competencies,
  reason: "It suits your goals.",
});
const three = [q("Tell me about a conflict you resolved."), q("Describe a time you led a team."), q("Tell me about a failure.")];
const request: QuestionRequest = {
  type: "behavioural",
  count: 3,
  profile: { targetRole: "Product Manager", cvText: "Shipped things.", goals: "Conflict" },
  jobDescription: "Lead discovery.",
};

function reasonOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof UnusableQuestionsError ? error.reason : "other";
  }
  return undefined;
}

function fakeClient(answer: (request: StructuredRequest<unknown>) => unknown): StructuredAiClient & { calls: StructuredRequest<unknown>[] } {
  const calls: StructuredRequest<unknown>[] = [];
  return {
    model: "test-model",
    calls,
    async completeStructured<T>(req: StructuredRequest<T>): Promise<T> {
      calls.push(req as StructuredRequest<unknown>);
      return answer(req as StructuredRequest<unknown>) as T;
    },
  };
}

describe("checkAiQuestions", () => {
  it("turns a valid set into questions with stable ids, in order", () => {
    const checked = checkAiQuestions(three, request);
    expect(checked.map((c) => c.text)).toEqual(three.map((t) => t.text));
    expect(checked[0]!.id).toMatch(/^ai-[0-9a-z]+$/);
    expect(checkAiQuestions(three, request)[0]!.id).toBe(checked[0]!.id);
    expect(new Set(checked.map((c) => c.id)).size).toBe(3);
  });

  it("refuses a wrong count, a repeated question and a kind that does not fit", () => {
    expect(reasonOf(() => checkAiQuestions(three.slice(0, 2), request))).toBe("wrong_count");
    expect(reasonOf(() => checkAiQuestions([three[0]!, three[1]!, q("tell me about a CONFLICT you resolved")], request))).toBe("duplicate");
    expect(reasonOf(() => checkAiQuestions([three[0]!, three[1]!, q("How would you price this?", "role_specific")], request))).toBe("wrong_kind");
  });

  it("needs both kinds in a mixed set and accepts them", () => {
    expect(reasonOf(() => checkAiQuestions(three, { type: "mixed", count: 3 }))).toBe("wrong_kind");
    const mixed = [three[0]!, q("How would you price this product?", "role_specific"), three[2]!];
    expect(checkAiQuestions(mixed, { type: "mixed", count: 3 }).map((c) => c.kind)).toEqual(["behavioural", "role_specific", "behavioural"]);
  });

  it("drops repeated competencies, keeps at most three and refuses none", () => {
    const many = [q("Tell me about a conflict you resolved.", "behavioural", ["conflict", "conflict", "leadership", "failure", "ownership"]), three[1]!, three[2]!];
    expect(checkAiQuestions(many, request)[0]!.competencies).toEqual(["conflict", "leadership", "failure"]);
    expect(reasonOf(() => checkAiQuestions([q("Tell me about anything at all.", "behavioural", []), three[1]!, three[2]!], request))).toBe("no_competency");
  });
});

describe("createAiQuestionSource", () => {
  it("returns the AI questions with the prompt version, asking with the question schema", async () => {
    const client = fakeClient(() => ({ questions: three }));
    const batch = await createAiQuestionSource(client, { fallback: offlineQuestionSource }).select(request);
    expect(batch).toMatchObject({ engine: "ai", bankVersion: QUESTION_PROMPT_VERSION });
    expect(batch.questions).toHaveLength(3);
    expect(client.calls[0]!.schemaName).toBe(QUESTION_SCHEMA_NAME);
    expect(client.calls[0]!.user).toContain("Product Manager");
  });

  it("falls back to the offline bank when the model is unavailable or writes the wrong count", async () => {
    const failing = fakeClient(() => {
      throw new AiUnavailableError("provider_error", "The provider answered 500.", { status: 500 });
    });
    const short = fakeClient(() => ({ questions: three.slice(0, 1) }));
    for (const client of [failing, short]) {
      const batch = await createAiQuestionSource(client, { fallback: offlineQuestionSource }).select(request);
      expect(batch.engine).toBe("offline");
      expect(batch.questions).toHaveLength(3);
    }
  });

  it("rethrows when the caller aborted", async () => {
    const controller = new AbortController();
    const client = fakeClient(() => {
      controller.abort(new Error("gone"));
      throw new AiUnavailableError("provider_error", "aborted");
    });
    await expect(createAiQuestionSource(client, { fallback: offlineQuestionSource }).select(request, controller.signal)).rejects.toThrow("aborted");
  });
});
