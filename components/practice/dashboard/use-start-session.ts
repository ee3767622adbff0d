"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { jsonBody } from "@/lib/practice/client/api-request";
import { describeWait } from "@/lib/practice/client/timer";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { JOB_DESCRIPTION_MAX_CHARS } from "@/lib/practice/questions/limits";
import type { InterviewType } from "@/lib/practice/questions/types";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";

const DEFAULT_COUNT = 5;
const START_FAILED = "We could not start the session. Please try again.";

/** The start form's inputs and its request: POST /api/practice/sessions, then open the new session. */
export function useStartSession() {
  const router = useRouter();
  const [type, setType] = useState<InterviewType>("behavioural");
  const [count, setCount] = useState(String(DEFAULT_COUNT));
  const [jobDescription, setJobDescription] = useState("");
  const [followUps, setFollowUps] = useState(true);
  const start = useApiMutation<{ session?: { id?: string } }>({
    failed: START_FAILED,
    offline: "We could not reach the server. Check your connection and try again.",
    rateLimited: (wait) =>
      `You have reached the limit of ${RATE_LIMIT_RULES.sessionsPerUser.limit} new sessions a day. Try again in ${describeWait(wait ?? Number.NaN)}.`,
    byStatus: { 401: "Your sign-in has expired. Sign in again to start a session." },
    // Stay pending while the session page loads, so the button cannot start a second session.
    holdOnSuccess: true,
  });

  const tooLong = jobDescription.length > JOB_DESCRIPTION_MAX_CHARS;
  const tooLongMessage = `Job description must be at most ${JOB_DESCRIPTION_MAX_CHARS.toLocaleString("en-GB")} characters.`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (tooLong) return;
    const body = { type, count: Number(count), followUps, ...(jobDescription.trim() ? { jobDescription } : {}) };
    const result = await start.mutate("/api/practice/sessions", { method: "POST", ...jsonBody(body) });
    if (!result?.ok) return;
    const sessionId = result.status === 201 ? result.body?.session?.id : undefined;
    if (sessionId) router.push(`/practice/sessions/${encodeURIComponent(sessionId)}`);
    else start.fail(START_FAILED);
  }

  return {
    type,
    setType,
    count,
    setCount,
    jobDescription,
    setJobDescription,
    followUps,
    setFollowUps,
    tooLong,
    submit,
    pending: start.pending,
    error: start.error,
    limited: start.limited,
    upgradeUrl: start.upgradeUrl,
    typeErrors: start.fields.type ?? [],
    countErrors: start.fields.count ?? [],
    jobDescriptionErrors: start.fields.jobDescription ?? (tooLong ? [tooLongMessage] : []),
  };
}
