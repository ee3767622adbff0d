import { describe, expect, it } from "vitest";
import { assessmentInviteEmail, type AssessmentInviteEmailInput, collectedSummary } from "./assessment-invite";
import { assessmentReminderEmail } from "./assessment-reminder";

const LINK = "https://app.example.test/assessment/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

function input(overrides: Partial<AssessmentInviteEmailInput> = {}): AssessmentInviteEmailInput {
  return {
    to: "casey@example.test",
    candidateName: "Casey Ng",
    organisationName: "Acme Hiring",
    roleTitle: "Support engineer",
    link: LINK,
    deadlineAt: new Date("2026-12-14T10:00:00Z"),
    proctoring: false,
    ...overrides,
  };
}

describe("assessmentInviteEmail", () => {
  it("names the organisation, role and deadline, says what is collected, and carries the link", async () => {
    const message = await assessmentInviteEmail(input());
    expect(message).toMatchObject({ to: "casey@example.test", kind: "assessment.invite", subject: "Acme Hiring: interview assessment for Support engineer" });
    for (const body of [message.html, message.text]) {
      expect(body).toContain("Hello Casey Ng,");
      expect(body).toContain("for the role of Support engineer");
      expect(body).toContain("Monday 14 December 2026 at 10:00 UTC");
      expect(body).toContain(collectedSummary(false));
    }
    expect(message.html).toContain(`href="${LINK}"`);
    expect(message.text).toContain(LINK);
    expect(message.text).not.toMatch(/switching tabs/);
  });

  it("mentions the proctoring signals only when the assessment uses them", async () => {
    expect((await assessmentInviteEmail(input({ proctoring: true }))).text).toContain("never images");
  });

  it("escapes names and refuses a link that is not http(s)", async () => {
    const message = await assessmentInviteEmail(input({ organisationName: `<script>alert(1)</script>`, candidateName: "<b>x</b>" }));
    expect(message.html).not.toContain("<script>alert(1)</script>");
    expect(message.html).not.toContain("<b>x</b>");
    await expect(assessmentInviteEmail(input({ link: "javascript:alert(1)" }))).rejects.toThrow(/http/);
  });
});

describe("assessmentReminderEmail", () => {
  it("is the invite with a reminder subject and heading", async () => {
    const message = await assessmentReminderEmail(input());
    expect(message).toMatchObject({ kind: "assessment.reminder", subject: "Reminder: Acme Hiring assessment for Support engineer closes soon" });
    expect(message.text).toContain("Reminder: your assessment for Acme Hiring closes soon");
    expect(message.text).toContain(LINK);
  });
});
