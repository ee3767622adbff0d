import { describe, expect, it } from "vitest";
import { describeAuditAction, isCandidateAction, isScheduledAction } from "./audit-descriptions";

describe("describeAuditAction", () => {
  it("names roles in words, from the values that changed", () => {
    expect(describeAuditAction("organisation.invite", null, { role: "manager", status: "pending" })).toBe("invited someone as Manager");
    expect(describeAuditAction("organisation.member_role_change", { role: "reviewer" }, { role: "manager" })).toBe(
      "changed a member's role from Reviewer to Manager",
    );
    expect(describeAuditAction("invite.accept", { status: "pending" }, { role: "reviewer", status: "accepted" })).toBe(
      "accepted an invite as Reviewer",
    );
  });

  it("lists which settings changed, without their values", () => {
    expect(describeAuditAction("organisation.update", { name: "A" }, { name: "B", slug: "b" })).toBe("changed the organisation's name and slug");
  });

  it("knows which actions only the scheduled jobs take", () => {
    expect(isScheduledAction("assessment.retention")).toBe(true);
    expect(isScheduledAction("assessment.candidate.invite")).toBe(false);
  });

  it("describes a candidate's milestones, with how many questions were answered", () => {
    expect(describeAuditAction("assessment.attempt.start", null, { consentVersion: "v1" })).toBe("started the assessment and agreed to its notice");
    expect(describeAuditAction("assessment.attempt.submit", null, { answered: 2, questions: 3 })).toBe(
      "submitted the assessment (2 of 3 questions answered)",
    );
    expect(isCandidateAction("assessment.attempt.submit")).toBe(true);
    expect(isCandidateAction("assessment.candidate.invite")).toBe(false);
  });

  it("falls back to the action's code for actions it does not know", () => {
    expect(describeAuditAction("billing.subscription_change", null, null)).toBe("billing.subscription_change");
  });
});
