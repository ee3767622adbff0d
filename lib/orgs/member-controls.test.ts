import { describe, expect, it } from "vitest";
import { memberControls, mayTransferOwnership } from "./member-controls";

describe("memberControls", () => {
  it("gives an owner every role to choose and removal of anyone but themselves", () => {
    expect(memberControls("owner", { role: "manager", isYou: false })).toEqual({
      roleChoices: ["owner", "manager", "reviewer"],
      canRemove: true,
      canLeave: false,
    });
    expect(memberControls("owner", { role: "owner", isYou: true })).toEqual({
      roleChoices: ["owner", "manager", "reviewer"],
      canRemove: false,
      canLeave: true,
    });
  });

  it("lets a manager remove a reviewer but change no role (reviewer is the only role a manager grants)", () => {
    expect(memberControls("manager", { role: "reviewer", isYou: false })).toEqual({ roleChoices: [], canRemove: true, canLeave: false });
    expect(memberControls("manager", { role: "manager", isYou: false })).toEqual({ roleChoices: [], canRemove: false, canLeave: false });
    expect(memberControls("manager", { role: "owner", isYou: false })).toEqual({ roleChoices: [], canRemove: false, canLeave: false });
  });

  it("shows a reviewer only their own Leave", () => {
    expect(memberControls("reviewer", { role: "reviewer", isYou: false })).toEqual({ roleChoices: [], canRemove: false, canLeave: false });
    expect(memberControls("reviewer", { role: "reviewer", isYou: true })).toEqual({ roleChoices: [], canRemove: false, canLeave: true });
  });

  it("lets only owners transfer ownership", () => {
    expect([mayTransferOwnership("owner"), mayTransferOwnership("manager"), mayTransferOwnership("reviewer")]).toEqual([true, false, false]);
  });
});
