"use client";

/**
 * Tells the server a question is on screen, so its hard limit runs from the server's record (the browser's timing is
 * only a report), and receives the question's text, which the server gives only then. When the server's first showing is earlier than this browser's (its draft was lost, say), the
 * countdown moves back to it, measured from the server's elapsed time so the two clocks never need to agree.
 * `ensureStarted` retries before a save, so a first call lost to the network does not strand the answer.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { candidateApi } from "../use-candidate-api";

/** Below this, the two showings are the same moment seen through network lag. */
const SKEW_MS = 1_000;

export function useServerQuestionStart(token: string, position: number, shownAt: number | null, moveShownAt: (shownAt: number) => void) {
  const started = useRef<Promise<boolean> | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const shownRef = useRef(shownAt);
  useEffect(() => {
    shownRef.current = shownAt;
  }, [shownAt]);

  const start = useCallback(() => {
    started.current = candidateApi.showQuestion(token, position).then((result) => {
      if (!result.ok || !result.body) {
        setFailed(result.ok ? "The server sent an empty answer." : result.message);
        return false;
      }
      setFailed(null);
      setText(result.body.text);
      const serverShownAt = Date.now() - result.body.elapsedMs;
      if (shownRef.current !== null && serverShownAt < shownRef.current - SKEW_MS) moveShownAt(serverShownAt);
      return true;
    });
    return started.current;
  }, [token, position, moveShownAt]);

  const known = shownAt !== null;
  useEffect(() => {
    if (known) void start();
  }, [known, start]);

  const ensureStarted = useCallback(async () => {
    if (!(await (started.current ?? start()))) await start();
  }, [start]);
  return { ensureStarted, text, failed, retry: start };
}
