"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { firstOpenPosition, type AnswerJson, type SessionDetailJson } from "@/lib/practice/client/session-json";
import { remainingMs } from "@/lib/practice/client/timer";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/**
 * The answering room's state: which question is shown, which are answered, whether the session still takes answers,
 * and Finish, which asks the server for the summary and re-renders the page in its completed state.
 */
export function useSessionRoom(session: SessionDetailJson, now: number | null) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<number, AnswerJson>>(() =>
    Object.fromEntries(session.items.flatMap((item) => (item.answer ? [[item.question.position, item.answer]] : []))),
  );
  const [position, setPosition] = useState(() => firstOpenPosition(session.items));
  const [serverClosed, setServerClosed] = useState(false);
  const finishing = useApiMutation({
    failed: "We could not finish the session. Please try again.",
    offline: "We could not reach the server. Check your connection and try again; your answers are saved.",
    // Pending until the refreshed page shows the summary.
    holdOnSuccess: true,
  });

  const questions = session.items.map((item) => item.question);
  const index = Math.max(0, questions.findIndex((q) => q.position === position));

  async function finish() {
    const result = await finishing.mutate(`/api/practice/sessions/${encodeURIComponent(session.id)}/finish`, { method: "POST" });
    // The page is a server component that renders by status: refreshing it shows the summary.
    if (result?.ok) router.refresh();
  }

  function go(to: number) {
    setPosition(to);
    // Keep keyboard and screen-reader users at the new question rather than at the bottom of the old one.
    requestAnimationFrame(() => document.getElementById("question-heading")?.focus());
  }

  return {
    questions,
    position,
    question: questions[index],
    previous: questions[index - 1],
    next: questions[index + 1],
    answers,
    answeredCount: Object.keys(answers).length,
    closed: serverClosed || (now !== null && remainingMs(session.expiresAt, now) === 0),
    go,
    recordAnswer: (answer: AnswerJson) => setAnswers((current) => ({ ...current, [answer.position]: answer })),
    markClosed: () => setServerClosed(true),
    finish,
    finishing: finishing.pending,
    finishError: finishing.message,
  };
}
