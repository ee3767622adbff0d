/**
 * A practice answer the rubric declines (star-rubric's "insufficient evidence": empty, a non-answer, noise, off topic)
 * is stored with that verdict and zero scores, never sent to the AI for made-up numbers, shown as "insufficient
 * evidence" instead of scores, and left out of the session summary's averages (and counted there); a session with
 * nothing to score has no score at all.
 */
import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AnswerFeedbackCard } from "@/components/practice/feedback/answer-feedback-card";
import { SessionSummaryCard } from "@/components/practice/feedback/session-summary-card";
import { createOpenAIClient } from "@/lib/ai/openai-client";
import { parseInput } from "@/lib/api/validation";
import { answerInputSchema, answerQuestion, finishSession, progressSeries, saveSession, startSession } from "@/lib/practice/session";
import { dimensionMean } from "@/lib/practice/session/dimensions";
import { answerBody, STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { contextFor, createTestUser } from "@/tests/helpers/context";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const harness = useOpenAIServer({ simulate: feedbackSimHandlers, redactAuthorization: true });
const body = (answer: string) => parseInput(answerInputSchema, answerBody(answer));

async function newSession(withAi: boolean) {
  const user = await createTestUser({ email: `evidence-${randomUUID()}@example.test` });
  const ai = withAi ? createOpenAIClient({ apiKey: "sk-local-test", baseURL: harness.server.baseURL, model: "test-model", timeoutMs: 10_000 }) : null;
  const ctx = contextFor(user, { services: { ai } });
  const session = await startSession(contextFor(user, { services: { ai: null } }), { type: "behavioural", count: 3 });
  return { ctx, session };
}

describe("practice answers with insufficient evidence", () => {
  it("stores the verdict with zero scores, never asks the model for numbers, and shows no score", async () => {
    const { ctx, session } = await newSession(true);
    const view = await answerQuestion(ctx, session.id, 1, body("I don't know."));
    expect(view.feedback?.insufficientEvidence).toMatchObject({ reason: "non_answer", message: expect.any(String) });
    expect(view.scores).toEqual({ structure: 0, relevance: 0, specificity: 0, impact: 0 });
    expect(view.feedback?.engine).toBe("rubric");
    expect(harness.server.requests.filter((r) => r.path === "/v1/chat/completions")).toEqual([]);

    const html = renderToStaticMarkup(createElement(AnswerFeedbackCard, { answer: view }));
    expect(html).toContain("Insufficient evidence: no score.");
    expect(html).toContain(view.feedback!.insufficientEvidence!.message);
    expect(html).not.toContain('data-testid="rubric-scores"');
  });

  it("leaves a declined answer out of the summary's scores and counts it", async () => {
    const { ctx, session } = await newSession(false);
    await answerQuestion(ctx, session.id, 1, body("asdkjh qwpoeiru zxmcnvb lkjhgf poiuyt mnbvcx"));
    const strong = await answerQuestion(ctx, session.id, 2, body(STRONG_ANSWER));
    const finished = await finishSession(ctx, session.id);
    const summary = finished.summary;
    expect(summary).toMatchObject({ answeredCount: 2, insufficientCount: 1, overallScore: Math.round(dimensionMean(strong.scores!)) });

    const html = renderToStaticMarkup(createElement(SessionSummaryCard, { summary: summary! }));
    expect(html).toContain("1 answer had insufficient evidence to score");
    expect(html).toContain('data-testid="overall-score"');
  });

  it("gives a session whose every answer was declined no score, and saves it without one", async () => {
    const { ctx, session } = await newSession(false);
    await answerQuestion(ctx, session.id, 1, body("I don't know."));
    const finished = await finishSession(ctx, session.id);
    expect(finished.overallScore).toBeNull();
    expect(finished.summary).toMatchObject({ answeredCount: 1, insufficientCount: 1 });
    expect((await saveSession(ctx, session.id, {})).status).toBe("saved");

    const html = renderToStaticMarkup(createElement(SessionSummaryCard, { summary: finished.summary! }));
    expect(html).toContain("none of your answers gave enough to score");
    expect(html).not.toContain('data-testid="overall-score"');
  });

  it("leaves a session with nothing scored out of the progress chart, and keeps one with something scored in it", async () => {
    const { ctx, session } = await newSession(false);
    await answerQuestion(ctx, session.id, 1, body("I don't know."));
    await finishSession(ctx, session.id);
    await saveSession(ctx, session.id, {});
    expect(await progressSeries(ctx)).toMatchObject({ sessionCount: 0, points: [] });

    const second = await startSession(ctx, { type: "behavioural", count: 3 });
    await answerQuestion(ctx, second.id, 1, body("I don't know."));
    const strong = await answerQuestion(ctx, second.id, 2, body(STRONG_ANSWER));
    await finishSession(ctx, second.id);
    await saveSession(ctx, second.id, {});
    const series = await progressSeries(ctx);
    expect(series.sessionCount).toBe(1);
    expect(series.points).toEqual([expect.objectContaining({ sessionId: second.id, ...strong.scores })]);
  });
});
