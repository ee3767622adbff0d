import { describe, expect, it } from "vitest";
import type { CandidateView, InviteState } from "./candidate-types";
import { LINK_PROBLEM_FALLBACK, screenFor } from "./candidate-flow";

function view(state: InviteState, device: CandidateView["device"]): CandidateView {
  return {
    invite: { state },
    assessment: {
      organisationName: "Acme",
      title: "Graduate screen",
      roleTitle: "Analyst",
      introduction: "",
      questionCount: 2,
      questions: [],
      proctoring: false,
      practiceQuestion: true,
      deadlineAt: "2026-12-31T00:00:00.000Z",
      retentionDays: 180,
    },
    device,
    consentVersion: "1",
    collected: [],
  };
}

describe("screenFor", () => {
  it("waits while the link is being read", () => {
    expect(screenFor(null)).toEqual({ screen: "loading" });
  });

  it("shows the server's plain sentence for an unknown, expired or withdrawn link", () => {
    expect(screenFor({ ok: false, status: 410, message: "This link has expired." })).toEqual({ screen: "link-problem", message: "This link has expired." });
    expect(screenFor({ ok: false, status: 404, message: "" })).toEqual({ screen: "link-problem", message: LINK_PROBLEM_FALLBACK });
  });

  it("says only that the link is in use when another browser holds it", () => {
    expect(screenFor({ ok: true, view: view("in_progress", "other") })).toEqual({ screen: "other-device" });
    expect(screenFor({ ok: true, view: view("submitted", "other") })).toEqual({ screen: "other-device" });
    expect(screenFor({ ok: true, view: view("in_progress", "none") })).toEqual({ screen: "other-device" });
  });

  it("shows the landing page before anyone starts, and the way back in to the browser that started", () => {
    expect(screenFor({ ok: true, view: view("invited", "none") })).toEqual({ screen: "landing" });
    expect(screenFor({ ok: true, view: view("opened", "none") })).toEqual({ screen: "landing" });
    expect(screenFor({ ok: true, view: view("in_progress", "this") })).toEqual({ screen: "in-progress" });
  });

  it("shows only the thank-you page after submission, with the receipt to the browser that submitted", () => {
    expect(screenFor({ ok: true, view: view("submitted", "this") })).toEqual({ screen: "thank-you", receipt: true });
    expect(screenFor({ ok: true, view: view("submitted", "none") })).toEqual({ screen: "thank-you", receipt: false });
  });

  it("never offers the assessment on an expired or withdrawn link", () => {
    expect(screenFor({ ok: true, view: view("expired", "this") }).screen).toBe("link-problem");
    expect(screenFor({ ok: true, view: view("revoked", "none") }).screen).toBe("link-problem");
  });
});
