import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LandingPage } from "@/components/assessment/landing/landing-page";
import { OtherDeviceNotice } from "@/components/assessment/link-notices";
import { QuestionPanel } from "@/components/assessment/room/question-panel";
import { Countdown } from "@/components/assessment/room/countdown";
import { IntegrityLog } from "@/components/assessment/thank-you/integrity-log";
import { ThankYouPage } from "@/components/assessment/thank-you/thank-you-page";
import type { CandidateLinkDetails } from "@/lib/assessments/client/candidate-types";
import { timeLimitStatus } from "@/lib/assessments/client/time-limit";

function view(proctoring: boolean): CandidateLinkDetails {
  return {
    invite: { state: "opened" },
    assessment: {
      organisationName: "Acme Hiring",
      title: "Graduate analyst screen",
      roleTitle: "Data analyst",
      introduction: "Three short questions.",
      questionCount: 2,
      questions: [
        { position: 1, timeLimitSeconds: 180, timeLimitMode: "soft", modes: "both", retakes: 1 },
        { position: 2, timeLimitSeconds: 90, timeLimitMode: "hard", modes: "typed", retakes: 0 },
      ],
      proctoring,
      practiceQuestion: true,
      deadlineAt: "2026-12-31T17:00:00.000Z",
      retentionDays: 180,
    },
    device: "none",
    consentVersion: "assessment-1",
    collected: ["Your answers, typed or transcribed.", "Delivery numbers: pace and filler words."],
  };
}

const landing = (proctoring: boolean) =>
  renderToStaticMarkup(createElement(LandingPage, { token: "t", view: view(proctoring), onStarted: () => undefined, onOtherDevice: () => undefined }));

describe("the landing page", () => {
  it("shows the organisation, the role, the questions' limits and exactly what is collected, kept and seen by whom", () => {
    const html = landing(false);
    expect(html).toContain("Acme Hiring");
    expect(html).toContain("Data analyst");
    expect(html).toContain("2 questions");
    expect(html).toContain("Question 1: 3 minutes (you may run over; reviewers see it), answered typed or spoken, 1 retake allowed.");
    expect(html).toContain("Question 2: 1 minute 30 seconds (the answer closes at the limit), answered typed, no retakes.");
    expect(html).toContain("Delivery numbers: pace and filler words.");
    expect(html).toContain("Your name, email and answers are kept for 180 days after you submit, then deleted");
    expect(html).toContain("timeline of proctoring signals goes after 30 days");
    expect(html).toContain("Seen only by the hiring team at Acme Hiring");
    expect(html).not.toContain("Proctoring is on");
  });

  it("asks for consent with a labelled checkbox before Start", () => {
    const html = landing(false);
    expect(html).toMatch(/<input id="([^"]+)" type="checkbox"[\s\S]*<label for="\1"[^>]*>I have read what is collected/);
    expect(html).toContain("Start the assessment");
  });

  it("says what proctoring counts, and that no video or image leaves the device, when it is on", () => {
    const html = landing(true);
    expect(html).toContain("Proctoring is on");
    expect(html).toContain("no video or image is ever sent or stored");
  });
});

describe("the other-device notice", () => {
  it("says only that the link is in use elsewhere", () => {
    const html = renderToStaticMarkup(createElement(OtherDeviceNotice));
    expect(html.replace(/<[^>]+>/g, "")).toBe("This link is already in use on another device.");
  });
});

describe("the room in assessment mode", () => {
  it("numbers the question and offers Save, with no score, feedback or model answer", () => {
    const question = { position: 2, text: "Tell us about a hard deadline.", timeLimitSeconds: 120, timeLimitMode: "soft" as const, modes: "both" as const, retakes: 2, answered: false };
    const html = renderToStaticMarkup(
      createElement(QuestionPanel, { token: "t", attemptId: "a", question, total: 5, onSaved: () => undefined, onShown: () => undefined }),
    );
    expect(html).toContain("Question 2 of 5");
    expect(html).toContain("Save answer");
    expect(html).toContain("Clear and start again (2 of 2 left)");
    expect(html).not.toMatch(/score|feedback|model answer/i);
  });

  it("shows a soft limit's overrun and a hard limit's close", () => {
    const soft = renderToStaticMarkup(createElement(Countdown, { status: timeLimitStatus(0, 70_000, 60, "soft"), limitSeconds: 60, mode: "soft" }));
    expect(soft).toContain("Over the time limit by ");
    expect(soft).toContain("0:10");
    const hard = renderToStaticMarkup(createElement(Countdown, { status: timeLimitStatus(0, 60_000, 60, "hard"), limitSeconds: 60, mode: "hard" }));
    expect(hard).toContain("Time is up");
    expect(hard).toContain("What you wrote is being saved.");
  });
});

describe("the thank-you page", () => {
  it("shows the integrity log's counts per question and each signal's time", () => {
    const html = renderToStaticMarkup(
      createElement(IntegrityLog, {
        integrity: {
          perQuestion: [
            { position: 2, counts: { window_blur: 1 }, events: [{ kind: "window_blur", atMs: 5000 }] },
            { position: 1, counts: { tab_switch: 2, look_away: 1 }, events: [{ kind: "look_away", atMs: 61_000, durationMs: 2000 }] },
          ],
          totals: { tab_switch: 2, window_blur: 1, look_away: 1 },
        },
      }),
    );
    expect(html).toMatch(/<th scope="row"[^>]*>Tab switches<\/th><td[^>]*>2<\/td><td[^>]*>0<\/td><td[^>]*>2<\/td>/);
    expect(html).toContain("Looked away (over 1 s) at 1:01 for 0:02");
    expect(html.indexOf("Question 1:")).toBeLessThan(html.indexOf("Question 2:"));
  });

  it("thanks a visitor without the receipt and offers no download to them", () => {
    const html = renderToStaticMarkup(createElement(ThankYouPage, { token: "t", receipt: false }));
    expect(html).toContain("your assessment is submitted");
    expect(html).not.toContain("Download my answers");
  });
});
