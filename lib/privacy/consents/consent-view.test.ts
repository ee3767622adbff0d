import { describe, expect, it } from "vitest";
import { CONSENT_QUESTIONS } from "@/lib/privacy/consent-kinds";
import { acceptanceAnswers, consentStates, describeOwnAuditAction, needsTermsAcceptance } from "./consent-view";
import { termsGateRedirect } from "./terms-gate";

const at = new Date("2026-12-01T10:00:00Z");
const current = (kind: keyof typeof CONSENT_QUESTIONS, granted = true) => ({ kind, version: CONSENT_QUESTIONS[kind].version, granted, createdAt: at });

describe("consentStates", () => {
  it("gives every kind a state: AI processing on until withdrawn, devices off until granted", () => {
    const states = consentStates([]);
    expect(states.map((state) => state.kind)).toEqual(["terms", "privacy_notice", "camera", "microphone", "ai_processing"]);
    expect(states.find((state) => state.kind === "ai_processing")).toMatchObject({ state: "not_asked", on: true, withdrawable: true });
    expect(states.find((state) => state.kind === "camera")).toMatchObject({ state: "not_asked", on: false });
  });

  it("marks a withdrawal and a grant for an older text", () => {
    const states = consentStates([current("ai_processing", false), { ...current("terms"), version: "2020-01-01" }]);
    expect(states.find((state) => state.kind === "ai_processing")).toMatchObject({ state: "withdrawn", on: false, at });
    expect(states.find((state) => state.kind === "terms")).toMatchObject({ state: "granted", outdated: true, withdrawable: false });
  });
});

describe("acceptanceAnswers", () => {
  it("asks for everything the first time, AI only where configured", () => {
    expect(acceptanceAnswers([], { aiConfigured: true }).map((row) => row.kind)).toEqual(["terms", "privacy_notice", "ai_processing"]);
    expect(acceptanceAnswers([], { aiConfigured: false }).map((row) => row.kind)).toEqual(["terms", "privacy_notice"]);
  });

  it("adds nothing already granted for the current text, and never overrides an AI withdrawal", () => {
    expect(acceptanceAnswers([current("terms"), current("privacy_notice"), current("ai_processing", false)], { aiConfigured: true })).toEqual([]);
  });

  it("asks again for terms accepted in an older version", () => {
    const old = { ...current("terms"), version: "2020-01-01" };
    expect(acceptanceAnswers([old, current("privacy_notice")], { aiConfigured: false })).toEqual([
      { kind: "terms", version: CONSENT_QUESTIONS.terms.version, granted: true },
    ]);
  });
});

describe("the terms gate", () => {
  it("sends a user who never accepted, or accepted older terms, to the consent page with the way back", () => {
    expect(needsTermsAcceptance(null)).toBe(true);
    expect(needsTermsAcceptance("2020-01-01")).toBe(true);
    expect(termsGateRedirect({ acceptedTermsVersion: null }, "practice.dashboard", "/practice?x=1")).toBe(
      "/welcome/consent?redirect_url=%2Fpractice%3Fx%3D1",
    );
  });

  it("lets through the current terms, the consent page itself, and principals built without a lookup", () => {
    expect(termsGateRedirect({ acceptedTermsVersion: CONSENT_QUESTIONS.terms.version }, "profile", "/profile")).toBeNull();
    expect(termsGateRedirect({ acceptedTermsVersion: null }, "welcome.consent", "/welcome/consent")).toBeNull();
    expect(termsGateRedirect({}, "profile", "/profile")).toBeNull();
  });
});

describe("describeOwnAuditAction", () => {
  it("says what happened in words, and falls back to the organisation log's words or the code", () => {
    expect(describeOwnAuditAction("consent.withdraw", null, { kind: "camera" })).toBe("Withdrew consent");
    expect(describeOwnAuditAction("organisation.create", null, null)).toBe("Created the organisation");
    expect(describeOwnAuditAction("something.new", null, null)).toBe("Something.new");
  });
});
