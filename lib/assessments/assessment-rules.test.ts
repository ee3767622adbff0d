import { describe, expect, it } from "vitest";
import {
  canTransition,
  deadlineColumns,
  deadlineFromColumns,
  deadlineProblem,
  editProblem,
  remainingQuestionSlots,
  reorderProblem,
  transitionProblem,
} from "./assessment-rules";

const NOW = new Date("2026-03-02T09:00:00Z");
const days = (n: number) => ({ kind: "days" as const, days: n });
const fixed = (iso: string) => ({ kind: "fixed" as const, at: new Date(iso) });

describe("state transitions", () => {
  it("allows draft → open → closed → open and nothing else", () => {
    expect(canTransition("draft", "open")).toBe(true);
    expect(canTransition("open", "closed")).toBe(true);
    expect(canTransition("closed", "open")).toBe(true);
    expect(canTransition("draft", "closed")).toBe(false);
    expect(canTransition("open", "draft")).toBe(false);
    expect(canTransition("closed", "draft")).toBe(false);
  });

  it("opens only with 1 to 15 questions and a fixed deadline still ahead", () => {
    const base = { status: "draft" as const, deadline: days(7) };
    expect(transitionProblem({ ...base, questionCount: 0 }, "open", NOW)).toMatch(/1 to 15 questions/);
    expect(transitionProblem({ ...base, questionCount: 16 }, "open", NOW)).toMatch(/has 16/);
    expect(transitionProblem({ ...base, questionCount: 1 }, "open", NOW)).toBeNull();
    expect(transitionProblem({ ...base, questionCount: 15 }, "open", NOW)).toBeNull();
    expect(transitionProblem({ ...base, questionCount: 3, deadline: fixed("2026-03-01T00:00:00Z") }, "open", NOW)).toMatch(/passed/);
  });

  it("refuses moving to the same state or skipping one", () => {
    expect(transitionProblem({ status: "open", questionCount: 3, deadline: days(7) }, "open", NOW)).toMatch(/already open/);
    expect(transitionProblem({ status: "draft", questionCount: 3, deadline: days(7) }, "closed", NOW)).toMatch(/from draft to closed/);
    expect(transitionProblem({ status: "closed", questionCount: 3, deadline: days(7) }, "open", NOW)).toBeNull();
  });
});

describe("editing", () => {
  it("allows edits only in a draft", () => {
    expect(editProblem("draft")).toBeNull();
    expect(editProblem("open")).toMatch(/Only a draft/);
    expect(editProblem("closed")).toMatch(/Only a draft/);
  });

  it("counts the slots left up to fifteen", () => {
    expect(remainingQuestionSlots(0)).toBe(15);
    expect(remainingQuestionSlots(14)).toBe(1);
    expect(remainingQuestionSlots(15)).toBe(0);
    expect(remainingQuestionSlots(20)).toBe(0);
  });

  it("accepts a reorder only of exactly the current ids", () => {
    expect(reorderProblem(["a", "b", "c"], ["c", "a", "b"])).toBeNull();
    expect(reorderProblem(["a", "b", "c"], ["a", "b"])).toMatch(/every question/);
    expect(reorderProblem(["a", "b", "c"], ["a", "b", "d"])).toMatch(/every question/);
    expect(reorderProblem(["a", "b", "c"], ["a", "a", "b"])).toMatch(/only once/);
  });
});

describe("deadlines", () => {
  it("accepts 1 to 90 whole days", () => {
    expect(deadlineProblem(days(1), NOW)).toBeNull();
    expect(deadlineProblem(days(90), NOW)).toBeNull();
    expect(deadlineProblem(days(0), NOW)).toMatch(/1 to 90/);
    expect(deadlineProblem(days(91), NOW)).toMatch(/1 to 90/);
    expect(deadlineProblem(days(2.5), NOW)).toMatch(/1 to 90/);
  });

  it("accepts a fixed date in the future, within a year", () => {
    expect(deadlineProblem(fixed("2026-03-02T09:00:01Z"), NOW)).toBeNull();
    expect(deadlineProblem(fixed("2026-03-02T09:00:00Z"), NOW)).toMatch(/future/);
    expect(deadlineProblem(fixed("2025-12-31T00:00:00Z"), NOW)).toMatch(/future/);
    expect(deadlineProblem(fixed("2027-06-01T00:00:00Z"), NOW)).toMatch(/within 365 days/);
    expect(deadlineProblem({ kind: "fixed", at: new Date("nonsense") }, NOW)).toMatch(/future/);
  });

  it("stores exactly one of the two columns and reads them back", () => {
    expect(deadlineColumns(days(5))).toEqual({ deadlineAt: null, deadlineDays: 5 });
    const at = new Date("2026-04-01T00:00:00Z");
    expect(deadlineColumns({ kind: "fixed", at })).toEqual({ deadlineAt: at, deadlineDays: null });
    expect(deadlineFromColumns({ deadlineAt: at, deadlineDays: null })).toEqual({ kind: "fixed", at });
    expect(deadlineFromColumns({ deadlineAt: null, deadlineDays: 12 })).toEqual(days(12));
  });
});
