/**
 * The candidate's link through its route handlers, as browsers call it: the landing view (404 unknown, 410 expired or
 * withdrawn without naming the organisation, opened once), the single-use start bound to a device cookie (of 20
 * concurrent first starts exactly one attempt), resuming in the same browser and refusal in any other, answers stored
 * without scores, proctoring events with their totals, submit, and the receipt with its download.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as answerRoute from "@/app/api/assessment/[token]/answers/[position]/route";
import * as attemptRoute from "@/app/api/assessment/[token]/attempt/route";
import * as eventsRoute from "@/app/api/assessment/[token]/events/route";
import * as receiptRoute from "@/app/api/assessment/[token]/receipt/route";
import * as viewRoute from "@/app/api/assessment/[token]/route";
import * as startRoute from "@/app/api/assessment/[token]/start/route";
import * as submitRoute from "@/app/api/assessment/[token]/submit/route";
import { getDb } from "@/db/client";
import { assessmentAnswers, assessmentAttempts, candidateInvites, proctoringEvents } from "@/db/schema";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { computeDeliveryMetrics } from "@/lib/scoring/delivery-metrics";
import { newLinkToken } from "@/lib/security/link-token";
import { hashIp } from "@/lib/security/client-ip";
import { type Browser, callAsBrowser, newBrowser, type SeededLink, seedCandidateLink } from "@/tests/helpers/candidate-flow";

const OTHER_DEVICE = "This link is already in use on another device.";
const consent = { consentVersion: CANDIDATE_CONSENT_VERSION };
const typed = (answerText: string, durationMs = 45_000) => ({ answerText, mode: "typed" as const, durationMs, retakesUsed: 0 });

const view = (browser: Browser, link: Pick<SeededLink, "token">) => callAsBrowser(browser, viewRoute.GET, { token: link.token });
const start = (browser: Browser, link: Pick<SeededLink, "token">) =>
  callAsBrowser(browser, startRoute.POST, { token: link.token, path: "/start", method: "POST", body: consent });
const answer = (browser: Browser, link: SeededLink, position: number, body: unknown) =>
  callAsBrowser(browser, answerRoute.POST, { token: link.token, path: `/answers/${position}`, method: "POST", body, params: { position: String(position) } });
const events = (browser: Browser, link: SeededLink, body: unknown) =>
  callAsBrowser(browser, eventsRoute.POST, { token: link.token, path: "/events", method: "POST", body });
const submit = (browser: Browser, link: SeededLink) => callAsBrowser(browser, submitRoute.POST, { token: link.token, path: "/submit", method: "POST" });
const receipt = (browser: Browser, link: SeededLink, query = "") => callAsBrowser(browser, receiptRoute.GET, { token: link.token, path: "/receipt", query });
const attempt = (browser: Browser, link: SeededLink) => callAsBrowser(browser, attemptRoute.GET, { token: link.token, path: "/attempt" });

async function expectError(response: Response, status: number, code: string, message?: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error).toMatchObject({ code, message: message ?? expect.any(String) });
  return body.error as { message: string };
}

async function started(seed: Parameters<typeof seedCandidateLink>[0] = {}) {
  const link = await seedCandidateLink(seed);
  const browser = newBrowser();
  expect((await start(browser, link)).status).toBe(201);
  return { link, browser };
}

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

  it("serves the questions and the practice question as text, with no scores", async () => {
    const { link, browser } = await started();
    const body = await (await attempt(browser, link)).json();
    expect(body.questions).toEqual([
      expect.objectContaining({ position: 1, text: link.questions[0]!.text, answered: false }),
      expect.objectContaining({ position: 2, text: link.questions[1]!.text, timeLimitMode: "hard", answered: false }),
    ]);
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

describe("proctoring events", () => {
  it("stores valid events and keeps the attempt's running totals", async () => {
    const { link, browser } = await started();
    const batch = [
      { position: 1, kind: "tab_switch", atMs: 1_000, durationMs: 4_000 },
      { position: 1, kind: "tab_switch", atMs: 9_000 },
      { position: 2, kind: "face_lost", atMs: 2_000, durationMs: 1_500, confidence: 0.8 },
    ];
    const response = await events(browser, link, { events: batch });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 3 });
    expect((await events(browser, link, { events: [{ position: 2, kind: "window_blur", atMs: 500 }] })).status).toBe(202);
    const raw = await getDb();
    expect(await raw.select().from(proctoringEvents).where(eq(proctoringEvents.inviteId, link.invite.id))).toHaveLength(4);
    const [row] = await raw.select().from(assessmentAttempts).where(eq(assessmentAttempts.inviteId, link.invite.id));
    expect(row!.integrity).toEqual({ totals: { tab_switch: 2, window_blur: 1, look_away: 0, multiple_faces: 0, face_lost: 1 } });
  });

  it("refuses unknown kinds, positions, late times, stray confidences and oversized batches", async () => {
    const { link, browser } = await started();
    const bad = [
      [{ position: 1, kind: "screenshot", atMs: 0 }],
      [{ position: 9, kind: "tab_switch", atMs: 0 }],
      [{ position: 2, kind: "tab_switch", atMs: 121_000 }],
      [{ position: 1, kind: "tab_switch", atMs: 0, confidence: 0.5 }],
      [{ position: 1, kind: "tab_switch", atMs: -1 }],
      Array.from({ length: 51 }, () => ({ position: 1, kind: "tab_switch", atMs: 0 })),
    ];
    for (const batch of bad) expect((await events(browser, link, { events: batch })).status, JSON.stringify(batch[0])).toBe(422);
    expect(await (await getDb()).select().from(proctoringEvents).where(eq(proctoringEvents.inviteId, link.invite.id))).toHaveLength(0);
  });

  it("refuses events when proctoring is off", async () => {
    const { link, browser } = await started({ proctoring: false });
    await expectError(await events(browser, link, { events: [{ position: 1, kind: "tab_switch", atMs: 0 }] }), 422, "unprocessable");
  });
});

describe("submitting", () => {
  it("submits once, then refuses every write, and gives a receipt with the integrity log and the candidate's own answers", async () => {
    const { link, browser } = await started();
    await expectError(await receipt(browser, link), 409, "conflict");
    expect((await answer(browser, link, 1, typed(STRONG_ANSWER))).status).toBe(201);
    await events(browser, link, { events: [{ position: 1, kind: "window_blur", atMs: 3_000, durationMs: 2_000 }] });
    const submitted = await submit(browser, link);
    expect(submitted.status).toBe(200);
    const { submittedAt } = await submitted.json();

    await expectError(await submit(browser, link), 409, "conflict");
    await expectError(await answer(browser, link, 2, typed(STRONG_ANSWER)), 409, "conflict");
    await expectError(await events(browser, link, { events: [{ position: 1, kind: "tab_switch", atMs: 0 }] }), 409, "conflict");
    expect((await (await view(browser, link)).json()).invite.state).toBe("submitted");

    const response = await receipt(browser, link);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.integrity.totals).toMatchObject({ window_blur: 1, tab_switch: 0 });
    expect(body.integrity.perQuestion).toEqual([
      { position: 1, counts: expect.objectContaining({ window_blur: 1 }), events: [{ kind: "window_blur", atMs: 3_000, durationMs: 2_000 }] },
      { position: 2, counts: expect.objectContaining({ window_blur: 0 }), events: [] },
    ]);
    expect(body.answers).toEqual([{ position: 1, question: link.questions[0]!.text, answerText: STRONG_ANSWER, mode: "typed", durationMs: 45_000 }]);
    expect(new Date(body.retentionUntil).getTime() - new Date(submittedAt).getTime()).toBe(180 * 24 * 60 * 60 * 1000);
    expect(JSON.stringify(body)).not.toMatch(/score|evaluation|quotes/i);

    const download = await receipt(browser, link, "?download=1");
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename="assessment-answers-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(download.headers.get("content-type")).toMatch(/application\/json/);
    expect((await download.json()).answers).toEqual(body.answers);

    const [invite] = await (await getDb()).select().from(candidateInvites).where(eq(candidateInvites.id, link.invite.id));
    expect(invite!.status).toBe("submitted");
    const [row] = await (await getDb()).select().from(assessmentAttempts).where(eq(assessmentAttempts.inviteId, link.invite.id));
    expect(row).toMatchObject({ status: "submitted", integrity: { totals: expect.objectContaining({ window_blur: 1 }) } });
  });
});

describe("a closed assessment", () => {
  it("refuses new starts but lets an attempt in progress answer and submit", async () => {
    const { link, browser } = await started();
    const raw = await getDb();
    const { assessments } = await import("@/db/schema");
    await raw.update(assessments).set({ status: "closed", closedAt: new Date() }).where(eq(assessments.id, link.assessment.id));

    const fresh = await seedCandidateLink({ status: "closed" });
    await expectError(await view(newBrowser(), fresh), 410, "gone");
    await expectError(await start(newBrowser(), fresh), 410, "gone");

    expect((await view(browser, link)).status).toBe(200);
    expect((await start(browser, link)).status).toBe(200);
    expect((await answer(browser, link, 1, typed(STRONG_ANSWER))).status).toBe(201);
    expect((await submit(browser, link)).status).toBe(200);
  });
});

describe("what the database keeps", () => {
  it("never stores the raw token or the device secret", async () => {
    const { link, browser } = await started();
    await answer(browser, link, 1, typed(STRONG_ANSWER));
    await events(browser, link, { events: [{ position: 1, kind: "tab_switch", atMs: 0 }] });
    await submit(browser, link);
    const raw = await getDb();
    const secret = browser.cookie!.split("=")[1]!;
    const rows = [
      ...(await raw.select().from(candidateInvites).where(eq(candidateInvites.id, link.invite.id))),
      ...(await raw.select().from(assessmentAttempts).where(eq(assessmentAttempts.inviteId, link.invite.id))),
      ...(await raw.select().from(assessmentAnswers).where(eq(assessmentAnswers.inviteId, link.invite.id))),
      ...(await raw.select().from(proctoringEvents).where(eq(proctoringEvents.inviteId, link.invite.id))),
    ];
    const dump = JSON.stringify(rows);
    expect(dump).toContain(link.tokenHash);
    expect(dump).not.toContain(link.token);
    expect(dump).not.toContain(secret);
  });
});
