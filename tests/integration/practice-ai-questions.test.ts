/**
 * AI-written practice questions with the real `openai` SDK against the local OpenAI-compatible server (its simulated
 * model writes the questions): stored with engine "ai" and the prompt version, exactly the requested count, and the
 * offline bank whenever the model cannot give a usable set. The prompt carries the profile, never who the user is.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { saveProfile } from "@/db/queries/profiles";
import { practiceSessions, type User } from "@/db/schema";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { QUESTION_PROMPT_VERSION, QUESTION_SCHEMA_NAME } from "@/lib/ai/question-prompt";
import { COMPETENCIES, QUESTION_BANK_VERSION } from "@/lib/practice/questions";
import { offlineQuestionSource, startSession } from "@/lib/practice/session";
import { getQuestionSource } from "@/lib/practice/session/question-source";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { questionSimHandlers } from "@/tests/helpers/openai-server/simulate-questions";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: questionSimHandlers, redactAuthorization: true });

const TARGET_ROLE = "Staff Data Engineer";
const CV = "Built streaming pipelines at Northwind; led a team of four.";
const GOALS = "Get better at stakeholder management";
const JOB = "Own the warehouse roadmap and partner with finance.";

async function newUser() {
  const email = `ai-questions-${randomUUID()}@example.test`;
  const name = `Quentin ${randomUUID().slice(0, 8)}`;
  const user = await createTestUser({ email, displayName: name });
  await saveProfile(contextFor(user).db, user.id, { targetRole: TARGET_ROLE, cvText: CV, goals: GOALS });
  return { user, email, name };
}

const aiSource = () =>
  getQuestionSource(createOpenAIClient({ apiKey: "sk-test-local-only", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 1_000 }));

function start(user: User, type: "behavioural" | "role_specific" | "mixed", count: number) {
  return startSession(contextFor(user, { services: { questionSource: aiSource() } }), { type, count, jobDescription: JOB });
}

const chatRequests = () => harness.server.requests.filter((r) => r.path === "/v1/chat/completions");

describe("AI questions", () => {
  it("stores the model's questions with engine ai, the prompt version and exactly the requested count", async () => {
    const { user } = await newUser();
    const session = await start(user, "mixed", 7);
    expect(session).toMatchObject({ questionEngine: "ai", bankVersion: QUESTION_PROMPT_VERSION, questionCount: 7 });
    expect(session.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(session.questions.map((q) => q.kind))).toEqual(new Set(["behavioural", "role_specific"]));
    for (const question of session.questions) {
      expect(question.id).toMatch(/^ai-/);
      expect(question.competencies.length).toBeGreaterThan(0);
      for (const competency of question.competencies) expect(COMPETENCIES).toContain(competency);
      expect(question.reason).not.toBe("");
    }
    expect(session.questions.some((q) => q.text.includes(TARGET_ROLE))).toBe(true);

    const db = await getDb();
    const [row] = await db.select().from(practiceSessions).where(eq(practiceSessions.id, session.id));
    expect(row).toMatchObject({ questionEngine: "ai", bankVersion: QUESTION_PROMPT_VERSION });
    expect(row?.questions).toHaveLength(7);
  });

  it("writes each kind for its interview type, from 3 to 10 questions", async () => {
    const { user } = await newUser();
    const behavioural = await start(user, "behavioural", 3);
    expect(behavioural.questions.map((q) => q.kind)).toEqual(Array(3).fill("behavioural"));
    const role = await start(user, "role_specific", 10);
    expect(role).toMatchObject({ questionEngine: "ai", questionCount: 10 });
    expect(role.questions.every((q) => q.kind === "role_specific")).toBe(true);
  });

  it("sends the role, CV, goals and job description but no email, name or user id", async () => {
    const { user, email, name } = await newUser();
    await start(user, "behavioural", 3);
    const [request] = chatRequests();
    expect(request?.body).toMatchObject({ response_format: { type: "json_schema", json_schema: { name: QUESTION_SCHEMA_NAME, strict: true } } });
    expect(request?.body).not.toHaveProperty("user");
    expect(request?.authorization).toEqual({ present: true, scheme: "Bearer" });
    const raw = JSON.stringify(request?.body);
    for (const wanted of [TARGET_ROLE, CV, GOALS, JOB]) expect(raw).toContain(wanted);
    for (const secret of [email, name, user.id, user.authProviderId]) expect(raw).not.toContain(secret);
  });
});

describe("AI questions: fallback to the offline bank", () => {
  async function expectOffline(count: number) {
    const { user } = await newUser();
    const session = await start(user, "behavioural", count);
    expect(session).toMatchObject({ questionEngine: "offline", bankVersion: QUESTION_BANK_VERSION, questionCount: count });
    expect(session.questions).toHaveLength(count);
    expect(chatRequests()).toHaveLength(1);
  }

  it("uses the bank when the provider fails", async () => {
    harness.server.setNextError("chat/completions", 503);
    await expectOffline(4);
  });

  it("uses the bank when the model writes the wrong number of questions", async () => {
    const one = { text: "Tell me about a time you resolved a conflict.", kind: "behavioural", competencies: ["conflict"], reason: "It suits you." };
    harness.server.setNextResponse({ kind: "json", json: { questions: [one] } });
    await expectOffline(3);
  });

  it("uses the bank when the reply is not JSON, or breaks the schema", async () => {
    harness.server.setNextResponse({ kind: "text", content: "Here are some questions: 1. Why us?" });
    await expectOffline(3);
    harness.server.reset();
    harness.server.setNextResponse({ kind: "json", json: { questions: [{ text: "Why?", kind: "trick", competencies: ["juggling"], reason: "" }] } });
    await expectOffline(3);
  });

  it("uses the bank when the model refuses or is too slow", async () => {
    harness.server.setNextResponse({ kind: "refusal", refusal: "I can't help with that." });
    await expectOffline(3);
    harness.server.reset();
    harness.server.setNextResponse({ kind: "delay", ms: 5_000 });
    await expectOffline(3);
  });

  it("chooses the offline bank when no AI client is configured", () => {
    expect(getQuestionSource(null)).toBe(offlineQuestionSource);
  });
});
