/**
 * Generating an assessment's questions with the AI, through the real `openai` SDK against the local OpenAI-compatible
 * server (its simulated model writes the questions): the answer says the AI wrote them, and the prompt carries the job
 * description and role title but nothing that identifies the organisation, the member or the assessment. When the
 * model fails, the bank's ranking answers and says so.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { createAssessment } from "@/lib/assessments/builder-service";
import { generateQuestions } from "@/lib/assessments/generate-service";
import { getQuestionSource } from "@/lib/practice/session/question-source";
import { createTestUser } from "@/tests/helpers/context";
import { questionSimHandlers } from "@/tests/helpers/openai-server/simulate-questions";
import { memberContextFor, seedOrganisation } from "@/tests/helpers/organisations";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: questionSimHandlers, redactAuthorization: true });

const ROLE = "Senior Data Analyst";
const JOB = "Own the weekly revenue dashboards, write SQL against the warehouse and present findings to finance leaders.";

async function builder() {
  const email = `builder-${randomUUID()}@example.test`;
  const name = `Bea ${randomUUID().slice(0, 8)}`;
  const user = await createTestUser({ email, displayName: name });
  const organisationName = `Northwind ${randomUUID().slice(0, 8)}`;
  const organisation = await seedOrganisation([{ user, role: "manager" }], { name: organisationName });
  const client = createOpenAIClient({ apiKey: "sk-test-local-only", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 1_000 });
  const ctx = memberContextFor(user, organisation, "manager", { services: { ai: client, questionSource: getQuestionSource(client) } });
  const title = `Analyst screen ${randomUUID().slice(0, 8)}`;
  const assessment = await createAssessment(ctx, { title, roleTitle: ROLE, introduction: "Welcome to the screen." });
  return { ctx, assessment, secrets: [email, name, user.id, organisationName, organisation.slug, organisation.id, title, assessment.id] };
}

const chatRequests = () => harness.server.requests.filter((r) => r.path === "/v1/chat/completions");

describe("generating questions with the AI", () => {
  it("adds the model's questions and says the AI wrote them", async () => {
    const { ctx, assessment } = await builder();
    const result = await generateQuestions(ctx, assessment.id, { jobDescription: JOB, count: 4 });
    expect(result.engine).toBe("ai");
    expect(result.questionCount).toBe(4);
    expect(result.questions.map((q) => q.position)).toEqual([1, 2, 3, 4]);
    expect(result.questions.every((q) => q.source === "generated" && q.bankId === null && q.competencies.length > 0)).toBe(true);
  });

  it("sends the job description and role title, and nothing identifying", async () => {
    const { ctx, assessment, secrets } = await builder();
    await generateQuestions(ctx, assessment.id, { jobDescription: JOB, count: 3 });
    const [request] = chatRequests();
    const raw = JSON.stringify(request?.body);
    expect(raw).toContain(JOB);
    expect(raw).toContain(ROLE);
    expect(raw).not.toContain("Welcome to the screen.");
    for (const secret of secrets) expect(raw).not.toContain(secret);
  });

  it("falls back to the bank's ranking when the model fails, and says so", async () => {
    const { ctx, assessment } = await builder();
    harness.server.setNextError("chat/completions", 503);
    const result = await generateQuestions(ctx, assessment.id, { jobDescription: JOB, count: 3 });
    expect(result.engine).toBe("offline");
    expect(result.questions).toHaveLength(3);
    expect(result.questions.every((q) => q.bankId !== null)).toBe(true);
    expect(chatRequests()).toHaveLength(1);
  });
});
