import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  emailMatchesInvite,
  hashInviteToken,
  inviteExpiresAt,
  inviteState,
  isWellFormedInviteToken,
  newInviteToken,
  normaliseEmail,
} from "./token";

describe("invite tokens", () => {
  it("makes a 43-character base64url token from 32 random bytes", () => {
    const { token } = newInviteToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("stores the SHA-256 of the token in hex, not the token", () => {
    const { token, tokenHash } = newInviteToken();
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashInviteToken(token)).toBe(tokenHash);
  });

  it("makes a different token each time", () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newInviteToken().token));
    expect(tokens.size).toBe(50);
  });

  it("accepts only the shape of a token", () => {
    expect(isWellFormedInviteToken(newInviteToken().token)).toBe(true);
    expect(isWellFormedInviteToken("short")).toBe(false);
    expect(isWellFormedInviteToken(`${"a".repeat(42)}=`)).toBe(false);
    expect(isWellFormedInviteToken("a".repeat(44))).toBe(false);
    expect(isWellFormedInviteToken(`${"a".repeat(42)}/`)).toBe(false);
  });
});

describe("an invite's life", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("expires seven days after it is made", () => {
    expect(inviteExpiresAt(now).toISOString()).toBe("2026-03-08T12:00:00.000Z");
  });

  it("reads a pending invite as expired from its expiry on, and leaves other statuses alone", () => {
    const expiresAt = inviteExpiresAt(now);
    expect(inviteState({ status: "pending", expiresAt }, new Date(expiresAt.getTime() - 1))).toBe("pending");
    expect(inviteState({ status: "pending", expiresAt }, expiresAt)).toBe("expired");
    expect(inviteState({ status: "accepted", expiresAt }, new Date(expiresAt.getTime() + 1))).toBe("accepted");
    expect(inviteState({ status: "revoked", expiresAt }, now)).toBe("revoked");
    expect(inviteState({ status: "declined", expiresAt }, now)).toBe("declined");
  });

  it("compares emails without case or outer spaces", () => {
    expect(normaliseEmail("  Ada@Example.TEST ")).toBe("ada@example.test");
    expect(emailMatchesInvite("Ada@Example.test", "ada@example.test")).toBe(true);
    expect(emailMatchesInvite("ada+x@example.test", "ada@example.test")).toBe(false);
  });
});
