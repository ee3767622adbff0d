/**
 * The candidate's link after the start, through its route handlers: proctoring events with their totals, submit, the
 * receipt with its download, a closed assessment, and what the database keeps.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { assessmentAnswers, assessmentAttempts, candidateInvites, proctoringEvents } from "@/db/schema";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { newBrowser, seedCandidateLink } from "@/tests/helpers/candidate-flow";
import { answer, events, expectError, receipt, start, started, submit, typed, view } from "@/tests/helpers/candidate-link-calls";

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
