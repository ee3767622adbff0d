/**
 * A session as it crosses from the server page to client components: every Date as an ISO string, so the props are
 * plain JSON whatever the serialiser supports, and the browser never guesses a timezone.
 */
import type { SessionDetail } from "@/lib/practice/session/history-service";
import type { PracticeAnswerView } from "@/lib/practice/session/views";
import type { Jsonified } from "@/lib/practice/stream/events";

export type AnswerJson = Jsonified<PracticeAnswerView>;

export type SessionDetailJson = Jsonified<Omit<SessionDetail, "items">> & {
  items: { question: SessionDetail["items"][number]["question"]; answer: AnswerJson | null }[];
};

/** An answer view with its date as an ISO string. */
export function answerToJson(answer: PracticeAnswerView): AnswerJson {
  return { ...answer, answeredAt: answer.answeredAt.toISOString() };
}

/** A session detail with its dates as ISO strings. */
export function sessionDetailToJson(detail: SessionDetail): SessionDetailJson {
  return {
    ...detail,
    startedAt: detail.startedAt.toISOString(),
    expiresAt: detail.expiresAt.toISOString(),
    completedAt: detail.completedAt ? detail.completedAt.toISOString() : null,
    items: detail.items.map((item) => ({ question: item.question, answer: item.answer ? answerToJson(item.answer) : null })),
  };
}

/** The first question without an answer, or the first question when all are answered. */
export function firstOpenPosition(items: SessionDetailJson["items"]): number {
  return (items.find((item) => item.answer === null) ?? items[0])?.question.position ?? 1;
}
