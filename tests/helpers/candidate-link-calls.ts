/**
 * Calls to the candidate link's route handlers as a browser makes them (its IP and device cookie), for the
 * candidate-link integration tests.
 */
import { expect } from "vitest";
import * as answerRoute from "@/app/api/assessment/[token]/answers/[position]/route";
import * as attemptRoute from "@/app/api/assessment/[token]/attempt/route";
import * as questionStartRoute from "@/app/api/assessment/[token]/questions/[position]/start/route";
import * as eventsRoute from "@/app/api/assessment/[token]/events/route";
import * as receiptRoute from "@/app/api/assessment/[token]/receipt/route";
import * as viewRoute from "@/app/api/assessment/[token]/route";
import * as startRoute from "@/app/api/assessment/[token]/start/route";
import * as submitRoute from "@/app/api/assessment/[token]/submit/route";
import { CANDIDATE_CONSENT_VERSION } from "@/lib/assessments/candidate/consent";
import { type Browser, callAsBrowser, newBrowser, type SeededLink, seedCandidateLink } from "./candidate-flow";

export const OTHER_DEVICE = "This link is already in use on another device.";
export const consent = { consentVersion: CANDIDATE_CONSENT_VERSION };
export const typed = (answerText: string, durationMs = 45_000) => ({ answerText, mode: "typed" as const, durationMs, retakesUsed: 0 });

export const view = (browser: Browser, link: Pick<SeededLink, "token">) => callAsBrowser(browser, viewRoute.GET, { token: link.token });
export const start = (browser: Browser, link: Pick<SeededLink, "token">) =>
  callAsBrowser(browser, startRoute.POST, { token: link.token, path: "/start", method: "POST", body: consent });
export const answer = (browser: Browser, link: SeededLink, position: number, body: unknown) =>
  callAsBrowser(browser, answerRoute.POST, { token: link.token, path: `/answers/${position}`, method: "POST", body, params: { position: String(position) } });
export const showQuestion = (browser: Browser, link: SeededLink, position: number) =>
  callAsBrowser(browser, questionStartRoute.POST, { token: link.token, path: `/questions/${position}/start`, method: "POST", params: { position: String(position) } });
export const events = (browser: Browser, link: SeededLink, body: unknown) =>
  callAsBrowser(browser, eventsRoute.POST, { token: link.token, path: "/events", method: "POST", body });
export const submit = (browser: Browser, link: SeededLink) => callAsBrowser(browser, submitRoute.POST, { token: link.token, path: "/submit", method: "POST" });
export const receipt = (browser: Browser, link: SeededLink, query = "") => callAsBrowser(browser, receiptRoute.GET, { token: link.token, path: "/receipt", query });
export const attempt = (browser: Browser, link: SeededLink) => callAsBrowser(browser, attemptRoute.GET, { token: link.token, path: "/attempt" });

export async function expectError(response: Response, status: number, code: string, message?: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error).toMatchObject({ code, message: message ?? expect.any(String) });
  return body.error as { message: string };
}

export async function started(seed: Parameters<typeof seedCandidateLink>[0] = {}) {
  const link = await seedCandidateLink(seed);
  const browser = newBrowser();
  expect((await start(browser, link)).status).toBe(201);
  return { link, browser };
}

