import { describe, expect, it } from "vitest";
import type { SessionDetail } from "@/lib/practice/session/history-service";
import type { PracticeAnswerView } from "@/lib/practice/session/views";
import { firstOpenPosition, sessionDetailToJson } from "./session-json";

const question = (position: number) => ({ position, id: `q${position}`, text: `Question ${position}`, kind: "behavioural", competencies: [], reason: "" });
const answer = (position: number) =>
  ({ position, question: `Question ${position}`, answerText: "A", mode: "typed", scores: null, feedback: null, deliveryMetrics: null, presence: null, answeredAt: new Date("2030-01-01T00:05:00Z"), followUp: null }) satisfies PracticeAnswerView;

const detail: SessionDetail = {
  id: "s1",
  interviewType: "behavioural",
  status: "in_progress",
  questionCount: 3,
  questions: [question(1), question(2), question(3)],
  questionEngine: "offline",
  bankVersion: "bank-1",
  startedAt: new Date("2030-01-01T00:00:00Z"),
  expiresAt: new Date("2030-01-01T01:00:00Z"),
  completedAt: null,
  overallScore: null,
  summary: null,
  followUps: true,
  items: [
    { question: question(1), answer: answer(1) },
    { question: question(2), answer: null },
    { question: question(3), answer: null },
  ],
};

describe("sessionDetailToJson", () => {
  it("turns every date into an ISO string and keeps the rest", () => {
    const json = sessionDetailToJson(detail);
    expect(json.startedAt).toBe("2030-01-01T00:00:00.000Z");
    expect(json.expiresAt).toBe("2030-01-01T01:00:00.000Z");
    expect(json.completedAt).toBeNull();
    expect(json.items[0]?.answer?.answeredAt).toBe("2030-01-01T00:05:00.000Z");
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe("firstOpenPosition", () => {
  it("opens at the first unanswered question, or the first when all are answered", () => {
    const json = sessionDetailToJson(detail);
    expect(firstOpenPosition(json.items)).toBe(2);
    expect(firstOpenPosition(json.items.map((item) => ({ ...item, answer: json.items[0]!.answer })))).toBe(1);
    expect(firstOpenPosition([])).toBe(1);
  });
});
