"use client";

/**
 * Every call the candidate's pages make, in one place (the contract of issue #13). The device cookie that ties an
 * attempt to this browser is HttpOnly and set by the start route, so these calls only need `credentials: "same-origin"`
 * (fetch's default). Nothing here sends a score or receives one.
 */
import { useCallback, useEffect, useState } from "react";
import { apiRequest, type ApiResult, jsonBody } from "@/lib/practice/client/api-request";
import type { AnswerSubmission, CandidateAttempt, CandidateReceipt, CandidateView, ProctoringEvent } from "@/lib/assessments/client/candidate-types";
import type { ViewResult } from "@/lib/assessments/client/candidate-flow";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/** The base of every candidate route for this link. */
export function candidateApiBase(token: string): string {
  return `/api/assessment/${encodeURIComponent(token)}`;
}

function call<T>(url: string, init: RequestInit, failed: string): Promise<ApiResult<T>> {
  return apiRequest<T>(url, { credentials: "same-origin", cache: "no-store", ...init }, { failed, offline: OFFLINE });
}

export const candidateApi = {
  view: (token: string) => call<CandidateView>(candidateApiBase(token), { method: "GET" }, "We could not open this link."),
  start: (token: string, consentVersion: string) =>
    call<{ attemptId: string }>(`${candidateApiBase(token)}/start`, { method: "POST", ...jsonBody({ consentVersion }) }, "We could not start the assessment."),
  attempt: (token: string) => call<CandidateAttempt>(`${candidateApiBase(token)}/attempt`, { method: "GET" }, "We could not load your assessment."),
  answer: (token: string, position: number, answer: AnswerSubmission) =>
    call<{ position: number }>(`${candidateApiBase(token)}/answers/${position}`, { method: "POST", ...jsonBody(answer) }, "We could not save your answer."),
  /** The question is on screen: the server records its first showing, from which a hard limit runs. */
  showQuestion: (token: string, position: number) =>
    call<{ position: number; text: string; startedAt: string; elapsedMs: number }>(`${candidateApiBase(token)}/questions/${position}/start`, { method: "POST" }, "We could not open this question."),
  submit: (token: string) => call<{ submittedAt: string }>(`${candidateApiBase(token)}/submit`, { method: "POST" }, "We could not submit your assessment."),
  receipt: (token: string) => call<CandidateReceipt>(`${candidateApiBase(token)}/receipt`, { method: "GET" }, "We could not load your receipt."),
  /** `keepalive` lets the last batch leave while the page is being closed. */
  events: (token: string, events: ProctoringEvent[], keepalive = false) =>
    call<{ accepted: number }>(`${candidateApiBase(token)}/events`, { method: "POST", keepalive, ...jsonBody({ events }) }, "Events were not sent."),
};

/** The link's view (GET /api/assessment/[token]), with `reload` for after start or submit. */
export function useCandidateView(token: string) {
  const [result, setResult] = useState<ViewResult | null>(null);
  const reload = useCallback(async () => {
    const answer = await candidateApi.view(token);
    setResult(answer.ok && answer.body ? { ok: true, view: answer.body } : { ok: false, status: answer.ok ? null : answer.status, message: answer.ok ? "" : answer.message });
  }, [token]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { result, reload };
}

/** One GET that fills a screen: the body, or the message to show with a way to try again. */
export function useCandidateLoad<T>(load: () => Promise<ApiResult<T>>) {
  const [state, setState] = useState<{ body: T | null; error: string | null; loading: boolean }>({ body: null, error: null, loading: true });
  const run = useCallback(async () => {
    setState((current) => ({ ...current, loading: true, error: null }));
    const answer = await load();
    setState(answer.ok ? { body: answer.body, error: answer.body ? null : "The server sent an empty answer.", loading: false } : { body: null, error: answer.message, loading: false });
  }, [load]);
  useEffect(() => {
    void run();
  }, [run]);
  return { ...state, retry: run };
}
