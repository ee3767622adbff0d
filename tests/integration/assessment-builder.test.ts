/**
 * Building an assessment through its services against the real database: a draft's life from creation to closing,
 * questions from the bank, written by hand and generated offline, reordering in one request, the draft-only edits,
 * the rules for opening, another organisation's ids answered 404, and an audit event for every change.
 */
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import {
  changeAssessmentStatus,
  createAssessment,
  deleteAssessment,
  getAssessment,
  listAssessments,
  updateAssessment,
} from "@/lib/assessments/builder-service";
import { generateQuestions } from "@/lib/assessments/generate-service";
import { addQuestion, removeQuestion, reorderQuestions, updateQuestion } from "@/lib/assessments/question-service";
import { offlineQuestionSource } from "@/lib/practice/session/question-source";
import { QUESTION_BANK } from "@/lib/practice/questions/bank";
import { organisationWithEveryRole } from "@/tests/helpers/organisations";

const NOW = new Date("2026-03-02T09:00:00Z");
const options = { now: () => NOW, services: { ai: null, questionSource: offlineQuestionSource } };
const JOB = "We are hiring a backend software engineer to build APIs in TypeScript and PostgreSQL, own services in production and mentor others.";

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function auditActions(orgId: string, targetId: string) {
  const raw = await getDb();
  const rows = await raw.select().from(auditEvents).where(eq(auditEvents.orgId, orgId)).orderBy(asc(auditEvents.seq));
  return rows.filter((row) => row.targetId === targetId);
}

const draft = (ctx: Parameters<typeof createAssessment>[0]) =>
  createAssessment(ctx, {
    title: `Backend screen ${randomUUID().slice(0, 6)}`,
    roleTitle: "Backend engineer",
    introduction: "Three short questions.",
  });

describe("assessment builder", () => {
  it("creates a draft with defaults, lists it, and reads it back", async () => {
    const { managerCtx, reviewerCtx } = await organisationWithEveryRole(options);
    const created = await draft(managerCtx);
    expect(created).toMatchObject({
      status: "draft",
      editable: true,
      proctoring: false,
      practiceQuestion: true,
      deadline: { kind: "days", days: 7 },
      questions: [],
    });
    expect(created.retentionDays).toBeGreaterThanOrEqual(30);
    const listed = await listAssessments(reviewerCtx);
    expect(listed).toEqual([expect.objectContaining({ id: created.id, status: "draft", questionCount: 0 })]);
    expect((await getAssessment(reviewerCtx, created.id)).title).toBe(created.title);
  });

  it("adds from the bank and by hand, generates offline, reorders, edits and removes while a draft", async () => {
    const { managerCtx, organisation } = await organisationWithEveryRole(options);
    const { id } = await draft(managerCtx);
    const bankEntry = QUESTION_BANK[0]!;
    const fromBank = await addQuestion(managerCtx, id, { source: "bank", bankId: bankEntry.id, retakes: 0, timeLimitMode: "hard" });
    expect(fromBank).toMatchObject({ position: 1, source: "bank", bankId: bankEntry.id, text: bankEntry.text, retakes: 0, timeLimitMode: "hard" });
    expect((await rejection(addQuestion(managerCtx, id, { source: "bank", bankId: bankEntry.id }))).code).toBe("conflict");
    expect((await rejection(addQuestion(managerCtx, id, { source: "bank", bankId: "no-such-question" }))).code).toBe("unprocessable");
    const custom = await addQuestion(managerCtx, id, {
      source: "custom",
      text: "How would you design a rate limiter for our API?",
      kind: "role_specific",
    });
    expect(custom).toMatchObject({ position: 2, source: "custom", bankId: null, modes: "both", timeLimitSeconds: 180 });

    const generated = await generateQuestions(managerCtx, id, { jobDescription: JOB, count: 3 });
    expect(generated.engine).toBe("offline");
    expect(generated.questions.map((q) => q.position)).toEqual([3, 4, 5]);
    expect(generated.questions.every((q) => q.source === "generated" && q.bankId !== bankEntry.id)).toBe(true);

    const ids = (await getAssessment(managerCtx, id)).questions.map((q) => q.id);
    const reversed = [...ids].reverse();
    const reordered = await reorderQuestions(managerCtx, id, { questionIds: reversed });
    expect(reordered.map((q) => q.id)).toEqual(reversed);
    expect(reordered.map((q) => q.position)).toEqual([1, 2, 3, 4, 5]);
    expect((await rejection(reorderQuestions(managerCtx, id, { questionIds: reversed.slice(1) }))).code).toBe("unprocessable");
    expect((await rejection(reorderQuestions(managerCtx, id, { questionIds: [reversed[0]!, ...reversed.slice(0, 4)] }))).code).toBe("unprocessable");

    const edited = await updateQuestion(managerCtx, id, custom.id, {
      text: "How would you design a rate limiter for a public API?",
      retakes: 3,
      modes: "typed",
    });
    expect(edited).toMatchObject({ text: "How would you design a rate limiter for a public API?", retakes: 3, modes: "typed" });
    expect(await removeQuestion(managerCtx, id, reversed[0]!)).toEqual({ questionCount: 4 });
    expect((await getAssessment(managerCtx, id)).questions.map((q) => q.position)).toEqual([1, 2, 3, 4]);

    const actions = (await auditActions(organisation.id, id)).map((row) => row.action);
    expect(actions).toEqual([
      "assessment.create",
      "assessment.question.add",
      "assessment.question.add",
      "assessment.question.generate",
      "assessment.question.reorder",
      "assessment.question.update",
      "assessment.question.remove",
    ]);
    const events = await auditActions(organisation.id, id);
    expect(JSON.stringify(events.map((row) => [row.oldValues, row.newValues]))).not.toContain("rate limiter");
    expect(events.every((row) => row.actorUserId === managerCtx.principal.user.id)).toBe(true);
  });

  it("holds at most fifteen questions, across adds and generation", async () => {
    const { ownerCtx } = await organisationWithEveryRole(options);
    const { id } = await draft(ownerCtx);
    const first = await generateQuestions(ownerCtx, id, { jobDescription: JOB, count: 10 });
    expect(first.questionCount).toBe(10);
    const second = await generateQuestions(ownerCtx, id, { jobDescription: `${JOB} Also on call.`, count: 10 });
    expect(second.questionCount).toBeLessThanOrEqual(15);
    for (let n = second.questionCount; n < 15; n += 1) {
      await addQuestion(ownerCtx, id, { source: "custom", text: `Custom question number ${n} for the role?`, kind: "behavioural" });
    }
    expect((await rejection(addQuestion(ownerCtx, id, { source: "custom", text: "One question too many here?", kind: "behavioural" }))).code).toBe(
      "conflict",
    );
    expect((await rejection(generateQuestions(ownerCtx, id, { jobDescription: JOB, count: 1 }))).code).toBe("conflict");
  });

  it("lets only one of two concurrent adds take the fifteenth place (the assessment row is locked)", async () => {
    const { managerCtx, ownerCtx } = await organisationWithEveryRole(options);
    const { id } = await draft(managerCtx);
    for (let n = 1; n <= 14; n += 1) {
      await addQuestion(managerCtx, id, { source: "custom", text: `Prepared question number ${n}?`, kind: "behavioural" });
    }
    const results = await Promise.allSettled([
      addQuestion(managerCtx, id, { source: "custom", text: "The manager's last question?", kind: "behavioural" }),
      addQuestion(ownerCtx, id, { source: "custom", text: "The owner's last question?", kind: "behavioural" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((result) => result.status === "rejected");
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect((await getAssessment(managerCtx, id)).questions.map((q) => q.position)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it("opens with 1 to 15 questions only, then refuses every edit, closes and reopens", async () => {
    const { managerCtx, organisation } = await organisationWithEveryRole(options);
    const { id } = await draft(managerCtx);
    const empty = await rejection(changeAssessmentStatus(managerCtx, id, { status: "open" }));
    expect(empty.code).toBe("conflict");
    expect(empty.message).toMatch(/1 to 15 questions/);
    const question = await addQuestion(managerCtx, id, { source: "custom", text: "Why do you want this role?", kind: "behavioural" });
    expect((await rejection(changeAssessmentStatus(managerCtx, id, { status: "closed" }))).code).toBe("conflict");

    const opened = await changeAssessmentStatus(managerCtx, id, { status: "open" });
    expect(opened).toMatchObject({ status: "open", editable: false, openedAt: NOW.toISOString() });
    for (const attempt of [
      () => updateAssessment(managerCtx, id, { title: "Renamed" }),
      () => addQuestion(managerCtx, id, { source: "custom", text: "A question added too late?", kind: "behavioural" }),
      () => updateQuestion(managerCtx, id, question.id, { retakes: 2 }),
      () => removeQuestion(managerCtx, id, question.id),
      () => reorderQuestions(managerCtx, id, { questionIds: [question.id] }),
      () => generateQuestions(managerCtx, id, { jobDescription: JOB, count: 2 }),
      () => deleteAssessment(managerCtx, id),
    ]) {
      expect((await rejection(attempt())).code).toBe("conflict");
    }
    expect((await rejection(changeAssessmentStatus(managerCtx, id, { status: "open" }))).code).toBe("conflict");
    expect(await changeAssessmentStatus(managerCtx, id, { status: "closed" })).toMatchObject({ status: "closed", closedAt: NOW.toISOString() });
    expect(await changeAssessmentStatus(managerCtx, id, { status: "open" })).toMatchObject({ status: "open", openedAt: NOW.toISOString() });

    const events = await auditActions(organisation.id, id);
    const statusEvents = events.filter((row) => row.action === "assessment.open" || row.action === "assessment.close");
    expect(statusEvents.map((row) => [row.action, row.oldValues, row.newValues])).toEqual([
      ["assessment.open", { status: "draft" }, { status: "open", questionCount: 1 }],
      ["assessment.close", { status: "open" }, { status: "closed", questionCount: 1 }],
      ["assessment.open", { status: "closed" }, { status: "open", questionCount: 1 }],
    ]);
  });

  it("validates deadlines against the clock and edits details and options of a draft", async () => {
    const { managerCtx, organisation } = await organisationWithEveryRole(options);
    const past = await rejection(
      createAssessment(managerCtx, { title: "Late", roleTitle: "Analyst", deadline: { kind: "fixed", at: "2026-03-01T09:00:00Z" } }),
    );
    expect(past).toMatchObject({ code: "unprocessable", fields: { deadline: [expect.stringMatching(/future/)] } });
    const { id } = await draft(managerCtx);
    const updated = await updateAssessment(managerCtx, id, {
      title: "Analyst screen",
      proctoring: true,
      practiceQuestion: false,
      deadline: { kind: "fixed", at: "2026-03-20T17:00:00Z" },
    });
    expect(updated).toMatchObject({
      title: "Analyst screen",
      proctoring: true,
      practiceQuestion: false,
      deadline: { kind: "fixed", at: "2026-03-20T17:00:00.000Z" },
    });
    const [event] = (await auditActions(organisation.id, id)).filter((row) => row.action === "assessment.update");
    expect(event?.newValues).toEqual({
      fields: ["title", "proctoring", "practiceQuestion", "deadline"],
      proctoring: true,
      practiceQuestion: false,
      deadlineKind: "fixed",
      deadlineDays: null,
    });
    expect(JSON.stringify(event)).not.toContain("Analyst screen");
  });

  it("deletes a draft, and answers 404 for another organisation's assessment and question ids", async () => {
    const mine = await organisationWithEveryRole(options);
    const theirs = await organisationWithEveryRole(options);
    const { id } = await draft(theirs.managerCtx);
    const question = await addQuestion(theirs.managerCtx, id, { source: "custom", text: "Their question, not ours?", kind: "behavioural" });
    const own = await draft(mine.managerCtx);
    for (const attempt of [
      () => getAssessment(mine.reviewerCtx, id),
      () => updateAssessment(mine.managerCtx, id, { title: "Taken over" }),
      () => addQuestion(mine.managerCtx, id, { source: "custom", text: "Injected question here?", kind: "behavioural" }),
      () => updateQuestion(mine.managerCtx, own.id, question.id, { retakes: 0 }),
      () => removeQuestion(mine.managerCtx, own.id, question.id),
      () => reorderQuestions(mine.managerCtx, id, { questionIds: [question.id] }),
      () => changeAssessmentStatus(mine.managerCtx, id, { status: "open" }),
      () => generateQuestions(mine.managerCtx, id, { jobDescription: JOB, count: 1 }),
      () => deleteAssessment(mine.managerCtx, id),
      () => getAssessment(mine.managerCtx, "not-a-uuid"),
    ]) {
      expect((await rejection(attempt())).code).toBe("not_found");
    }
    await deleteAssessment(theirs.managerCtx, id);
    expect((await rejection(getAssessment(theirs.managerCtx, id))).code).toBe("not_found");
    expect(await listAssessments(mine.reviewerCtx)).toEqual([expect.objectContaining({ id: own.id })]);
  });
});
