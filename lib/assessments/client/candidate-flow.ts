/**
 * Which screen a candidate's link shows, from what the API said. Pure, so every branch is tested: a link that does
 * not work says only that; another browser's link says only that it is in use; a submitted one shows only the
 * thank-you page; otherwise the landing page (not started) or the way back into the assessment (this browser).
 */
import type { CandidateView } from "./candidate-types";

export type LinkScreen =
  | { screen: "loading" }
  | { screen: "link-problem"; message: string }
  | { screen: "other-device" }
  | { screen: "landing" }
  | { screen: "thank-you"; receipt: boolean }
  | { screen: "in-progress" };

/** Said when the server's answer carries no sentence of its own. */
export const LINK_PROBLEM_FALLBACK = "This link does not work. It may have expired or been withdrawn.";

export type ViewResult = { ok: true; view: CandidateView } | { ok: false; status: number | null; message: string };

export function screenFor(result: ViewResult | null): LinkScreen {
  if (!result) return { screen: "loading" };
  if (!result.ok) {
    // 404 and 410 come with a plain sentence that never names the organisation; anything else is a retryable fault.
    const linkGone = result.status === 404 || result.status === 410;
    return { screen: "link-problem", message: linkGone ? result.message || LINK_PROBLEM_FALLBACK : result.message };
  }
  const { invite, device } = result.view;
  if (invite.state === "expired" || invite.state === "revoked") return { screen: "link-problem", message: LINK_PROBLEM_FALLBACK };
  if (device === "other") return { screen: "other-device" };
  if (invite.state === "submitted") return { screen: "thank-you", receipt: device === "this" };
  if (device === "this") return { screen: "in-progress" };
  // Started, but not by a browser holding the cookie: the same as another device.
  if (invite.state === "in_progress") return { screen: "other-device" };
  return { screen: "landing" };
}
