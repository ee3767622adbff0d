/**
 * The candidate's link through its route handlers, as browsers call it: the landing view (404 unknown, 410 expired or
 * withdrawn without naming the organisation, opened once), the single-use start bound to a device cookie (of 20
 * concurrent first starts exactly one attempt), resuming in the same browser and refusal in any other, and answers
 * stored without scores. Events, submit and the receipt are in candidate-link-submit.test.ts.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers, assessmentAttempts, candidateInvites } from "@/db/schema";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { computeDeliveryMetrics } from "@/lib/scoring/delivery-metrics";
import { newLinkToken } from "@/lib/security/link-token";
import { hashIp } from "@/lib/security/client-ip";
import * as startRoute from "@/app/api/assessment/[token]/start/route";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { callAsBrowser, newBrowser, seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { answer, attempt, events, expectError, OTHER_DEVICE, receipt, showQuestion, start, started, submit, typed, view } from "@/tests/helpers/candidate-link-calls";

describe("opening a candidate's link", () => {
  it("shows the organisation, role, questions, limits, what is collected and the consent version, and marks the invite opened once", async () => {
    const link = await seedCandidateLink({ retentionDays: 90 });
    const response = await view(newBrowser(), link);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      invite: { state: "opened" },
      assessment: {
        organisationName: link.organisation.name,
        title: "Backend engineer screen",
        roleTitle: "Backend Engineer",
        questionCount: 2,
        questions: [
          { position: 1, timeLimitSeconds: 180, timeLimitMode: "soft", modes: "both", retakes: 1 },
          { position: 2, timeLimitSeconds: 60, timeLimitMode: "hard", modes: "both", retakes: 1 },
        ],
        proctoring: true,
        practiceQuestion: true,
        deadlineAt: link.invite.deadlineAt.toISOString(),
        retentionDays: 90,
      },
      device: "none",
      consentVersion: CANDIDATE_CONSENT_VERSION,
    });
    expect(body.collected.join(" ")).toMatch(/Tab switches.*Camera presence counts.*No video or images/s);
    expect(body.seenBy).toContain(link.organisation.name);
    expect(JSON.stringify(body.assessment.questions)).not.toContain("Tell me about");

    const raw = await getDb();
    const [first] = await raw.select().from(candidateInvites).where(eq(candidateInvites.id, link.invite.id));
    expect(first).toMatchObject({ status: "opened", openedAt: expect.any(Date) });
    expect((await (await view(newBrowser(), link)).json()).invite.state).toBe("opened");
    const [second] = await raw.select().from(candidateInvites).where(eq(candidateInvites.id, link.invite.id));
    expect(second!.openedAt).toEqual(first!.openedAt);
  });

  it("lists no camera or tab signals when proctoring is off", async () => {
    const link = await seedCandidateLink({ proctoring: false });
    const body = await (await view(newBrowser(), link)).json();
    expect(body.collected.join(" ")).not.toMatch(/Tab switches|Camera/);
  });

  it("answers 404 to an unknown token and 410 to an expired or withdrawn one, never naming the organisation", async () => {
    await expectError(await view(newBrowser(), newLinkToken()), 404, "not_found");
    const expired = await seedCandidateLink({ deadlineAt: new Date(Date.now() - 60_000) });
    const revoked = await seedCandidateLink({ inviteStatus: "revoked" });
    for (const link of [expired, revoked]) {
      const response = await view(newBrowser(), link);
      const text = await response.clone().text();
      await expectError(response, 410, "gone");
      expect(text).not.toContain(link.organisation.name);
      await expectError(await start(newBrowser(), link), 410, "gone");
    }
  });
});

describe("starting", () => {
  it("lets exactly one of 20 concurrent first starts in, binding the attempt to its browser's cookie", async () => {
    const link = await seedCandidateLink();
    const browsers = Array.from({ length: 20 }, () => newBrowser(randomUUID().replace(/-/g, "").padEnd(43, "A").slice(0, 43)));
    const responses = await Promise.all(browsers.map((browser) => start(browser, link)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const response of responses.filter((r) => r.status === 409)) await expectError(response, 409, "conflict", OTHER_DEVICE);
    const rows = await (await getDb()).select().from(assessmentAttempts).where(eq(assessmentAttempts.inviteId, link.invite.id));
    expect(rows).toHaveLength(1);
  });

  it("sets the device cookie twice (pages and API), HttpOnly, Secure and SameSite=Strict, and stores consent", async () => {
    const link = await seedCandidateLink();
    const browser = newBrowser();
    const response = await start(browser, link);
    expect(response.status).toBe(201);
    const { attemptId } = await response.json();
    const cookies = response.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    const [pages, api] = cookies;
    expect(pages).toMatch(/^rehearse_attempt=[A-Za-z0-9_-]{43}; Path=\/assessment\/; Max-Age=\d+; HttpOnly; Secure; SameSite=Strict$/);
    expect(api).toMatch(/; Path=\/api\/assessment\/;/);
    expect(pages!.split(";")[0]).toBe(api!.split(";")[0]);

    const [row] = await (await getDb()).select().from(assessmentAttempts).where(eq(assessmentAttempts.id, attemptId));
    expect(row).toMatchObject({ consentVersion: CANDIDATE_CONSENT_VERSION, consentIpHash: hashIp(browser.ip), status: "in_progress" });
    expect(row!.deviceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.deviceHash).not.toContain(browser.cookie!.split("=")[1]);
    const [invite] = await (await getDb()).select().from(candidateInvites).where(eq(candidateInvites.id, link.invite.id));
    expect(invite!.status).toBe("in_progress");
  });

  it("refuses a consent to another version of the notice", async () => {
    const link = await seedCandidateLink();
    const response = await callAsBrowser(newBrowser(), startRoute.POST, { token: link.token, path: "/start", method: "POST", body: { consentVersion: "old" } });
    await expectError(response, 422, "unprocessable");
  });

  it("resumes in the same browser and refuses every other browser everywhere", async () => {
    const { link, browser } = await started();
    const first = (await (await attempt(browser, link)).json()) as { attempt: { status: string } };
    expect(first.attempt.status).toBe("in_progress");
    const again = await start(browser, link);
    expect(again.status).toBe(200);
    expect((await view(browser, link).then((r) => r.json())).device).toBe("this");

    const stranger = newBrowser();
    // Another browser learns that the link is in use, and nothing of the assessment or who set it.
    expect(await view(stranger, link).then((r) => r.json())).toEqual({ invite: { state: "in_progress" }, device: "other" });
    await expectError(await start(stranger, link), 409, "conflict", OTHER_DEVICE);
    await expectError(await attempt(stranger, link), 409, "conflict", OTHER_DEVICE);
    await expectError(await answer(stranger, link, 1, typed(STRONG_ANSWER)), 409, "conflict", OTHER_DEVICE);
    await expectError(await events(stranger, link, { events: [{ position: 1, kind: "tab_switch", atMs: 1000 }] }), 409, "conflict", OTHER_DEVICE);
    await expectError(await submit(stranger, link), 409, "conflict", OTHER_DEVICE);
    await expectError(await receipt(stranger, link), 409, "conflict", OTHER_DEVICE);
    const forged = newBrowser("A".repeat(43));
    await expectError(await answer(forged, link, 1, typed(STRONG_ANSWER)), 409, "conflict", OTHER_DEVICE);
  });

  it("serves each question's text once it is shown, and the practice question, with no scores", async () => {
    const { link, browser } = await started();
    const before = await (await attempt(browser, link)).json();
    expect(before.questions).toEqual([
      expect.objectContaining({ position: 1, text: null, answered: false }),
      expect.objectContaining({ position: 2, text: null, timeLimitMode: "hard", answered: false }),
    ]);
    const shown = await showQuestion(browser, link, 1);
    expect(await shown.json()).toMatchObject({ position: 1, text: link.questions[0]!.text, elapsedMs: expect.any(Number) });
    const body = await (await attempt(browser, link)).json();
    expect(body.questions).toEqual([
      expect.objectContaining({ position: 1, text: link.questions[0]!.text, answered: false }),
      expect.objectContaining({ position: 2, text: null, timeLimitMode: "hard", answered: false }),
    ]);
    expect(JSON.stringify(body)).not.toContain(link.questions[1]!.text);
    expect(body.practiceQuestion).toEqual({ text: expect.any(String) });
    expect(body.deadlineAt).toBe(link.invite.deadlineAt.toISOString());
  });
});

describe("answering", () => {
  it("stores an answer with its scores, quotes and engine for reviewers, and tells the candidate only the position", async () => {
    const { link, browser } = await started();
    const metrics = computeDeliveryMetrics({ transcript: STRONG_ANSWER, durationMs: 45_000, mode: "typed" });
    const response = await answer(browser, link, 1, { ...typed(STRONG_ANSWER), delivery: { metrics } });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ position: 1 });

    const [row] = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    expect(row).toMatchObject({ position: 1, answerText: STRONG_ANSWER, mode: "typed", durationMs: 45_000, overran: false, engine: "rubric", model: null });
    expect(row!.rubricVersion).toEqual(expect.any(String));
    expect(row!.overallScore).toBeGreaterThan(40);
    const dimensions = (row!.evaluation as { dimensions: Record<string, { score: number; quotes: string[] }> }).dimensions;
    expect(Object.keys(dimensions).sort()).toEqual(["impact", "relevance", "specificity", "structure"]);
    for (const { quotes } of Object.values(dimensions)) for (const quote of quotes) expect(STRONG_ANSWER).toContain(quote);
    expect(dimensions.impact!.quotes.join(" ")).toMatch(/0\.2%/);
    expect(row!.delivery).toMatchObject({ wordCount: metrics.wordCount });

    expect((await (await attempt(browser, link)).json()).questions[0].answered).toBe(true);
    await expectError(await answer(browser, link, 1, typed(STRONG_ANSWER)), 409, "conflict");
  });

  it("refuses a hard-limit overrun, marks a soft one, and refuses forged delivery numbers and unknown positions", async () => {
    const { link, browser } = await started();
    await expectError(await answer(browser, link, 2, typed(STRONG_ANSWER, 30_000)), 409, "conflict", "Open the question before answering it.");
    expect((await showQuestion(browser, link, 2)).status).toBe(200);
    await expectError(await answer(browser, link, 2, typed(STRONG_ANSWER, 70_000)), 422, "unprocessable");
    expect((await answer(browser, link, 2, typed(STRONG_ANSWER, 62_000))).status).toBe(201);
    const metrics = computeDeliveryMetrics({ transcript: STRONG_ANSWER, durationMs: 200_000, mode: "typed" });
    await expectError(await answer(browser, link, 1, { ...typed(STRONG_ANSWER, 200_000), delivery: { metrics: { ...metrics, wordCount: 3 } } }), 422, "unprocessable");
    await expectError(await answer(browser, link, 7, typed(STRONG_ANSWER)), 404, "not_found");
    expect((await answer(browser, link, 1, { ...typed(STRONG_ANSWER, 200_000), delivery: { metrics } })).status).toBe(201);
    const rows = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    // Both ran over their limit: the soft one by minutes, the hard one within its few seconds of grace.
    expect(Object.fromEntries(rows.map((r) => [r.position, r.overran]))).toEqual({ 1: true, 2: true });
  });

  it("stores empty, non-answers, gibberish and off-topic answers as insufficient evidence with no score", async () => {
    const cases = {
      1: ["", "empty"],
      2: ["I don't know.", "non_answer"],
      3: ["asdkjh qwpoeiru zxmcnvb lkjhgf poiuyt mnbvcx qwerty asdfgh zxcvbn lkjhgfd poiuytr mnbvcxz", "unintelligible"],
      4: ["My favourite recipe is a sourdough loaf: flour, water, salt and a starter, proved overnight in a cold kitchen, baked hot in a heavy pot.", "off_topic"],
      5: ["Yes, I have done that.", "too_short"],
    } as const;
    const { link, browser } = await started({
      questions: Object.keys(cases).map(() => ({ text: "Tell me about a time you fixed a failing product launch under pressure.", competencies: ["delivery_under_pressure"] })),
    });
    for (const [position, [text]] of Object.entries(cases)) expect((await answer(browser, link, Number(position), typed(text))).status).toBe(201);
    const rows = await (await getDb()).select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.overallScore, `position ${row.position}`).toBeNull();
      expect(row.evaluation, `position ${row.position}`).toMatchObject({ insufficientEvidence: { reason: cases[row.position as keyof typeof cases][1] } });
      expect(row.evaluation).not.toHaveProperty("dimensions");
    }
  });
});
