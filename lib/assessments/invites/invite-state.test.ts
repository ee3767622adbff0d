import { describe, expect, it } from "vitest";
import { candidateInviteState, inviteDeadline } from "./invite-state";

const now = new Date("2026-12-07T10:00:00Z");
const before = new Date("2026-12-07T09:59:59Z");
const after = new Date("2026-12-08T10:00:00Z");

describe("candidateInviteState", () => {
  it("shows the stored status while the deadline is ahead", () => {
    for (const status of ["invited", "opened", "in_progress", "submitted", "revoked"] as const) {
      expect(candidateInviteState({ status, deadlineAt: after }, now)).toBe(status);
    }
  });

  it("turns unsubmitted invites expired once the deadline passes, never submitted or revoked ones", () => {
    expect(candidateInviteState({ status: "invited", deadlineAt: before }, now)).toBe("expired");
    expect(candidateInviteState({ status: "in_progress", deadlineAt: now }, now)).toBe("expired");
    expect(candidateInviteState({ status: "submitted", deadlineAt: before }, now)).toBe("submitted");
    expect(candidateInviteState({ status: "revoked", deadlineAt: before }, now)).toBe("revoked");
  });
});

describe("inviteDeadline", () => {
  it("uses the assessment's fixed deadline, or adds its days to now", () => {
    expect(inviteDeadline({ deadlineAt: after, deadlineDays: null }, now)).toEqual(after);
    expect(inviteDeadline({ deadlineAt: null, deadlineDays: 3 }, now)).toEqual(new Date("2026-12-10T10:00:00Z"));
  });
});
