import { describe, expect, it } from "vitest";
import { clearProfileFieldSchema, profileInputSchema } from "@/lib/profile/schemas";
import { changedProfileFields, describeProfileFields } from "@/lib/profile/profile-service";
import { clientIpFrom, hashIp } from "@/lib/security/client-ip";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";

describe("profileInputSchema", () => {
  it("trims text and stores empty fields as null", () => {
    expect(profileInputSchema.parse({ cvText: "  CV  ", targetRole: "", goals: "   " })).toEqual({
      cvText: "CV",
      targetRole: null,
      goals: null,
    });
  });

  it("rejects each over-long field with a message naming it and its limit", () => {
    const result = profileInputSchema.safeParse({ cvText: "x".repeat(20_001), targetRole: "r".repeat(121), goals: "ok" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain("CV text must be at most 20,000 characters.");
    expect(messages).toContain("Target role must be at most 120 characters.");
  });

  it("accepts text exactly at the limit", () => {
    expect(profileInputSchema.safeParse({ targetRole: "r".repeat(120) }).success).toBe(true);
  });

  it.each([
    ["cvText", "a NUL", '"CV\\u0000"'],
    ["targetRole", "a lone surrogate", '"SRE \\ud800"'],
    ["goals", "a lone low surrogate", '"\\udc00 goals"'],
  ])("refuses %s with %s, naming the field", (field, _name, json) => {
    const result = profileInputSchema.safeParse({ [field]: JSON.parse(json) });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [field], message: UNSTORABLE_TEXT_MESSAGE })]);
  });

  it("accepts an emoji in a profile field", () => {
    expect(profileInputSchema.parse({ goals: JSON.parse('"Ship \\ud83d\\ude80"') }).goals).toBe("Ship 🚀");
  });

  it("only clears known fields", () => {
    expect(clearProfileFieldSchema.safeParse({ field: "goals" }).success).toBe(true);
    expect(clearProfileFieldSchema.safeParse({ field: "email" }).success).toBe(false);
  });
});

describe("profile audit descriptions", () => {
  it("record lengths and changed field names, never the text", () => {
    const before = { cvText: "secret cv", targetRole: null, goals: "g" };
    const after = { cvText: "secret cv v2", targetRole: "SRE", goals: "g" };
    expect(changedProfileFields(before, after)).toEqual(["cvText", "targetRole"]);
    const described = JSON.stringify(describeProfileFields(after));
    expect(described).not.toContain("secret");
    expect(describeProfileFields(after).cvText).toEqual({ length: 12 });
  });
});

describe("client IPs", () => {
  it("trust the first forwarded hop only behind a trusted proxy", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientIpFrom(headers, true)).toBe("6.6.6.6");
    expect(clientIpFrom(headers, false)).toBe("203.0.113.9");
  });

  it("use the socket address stamped by our server, not a client's forwarded header, without a trusted proxy", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6", "x-rehearse-socket-ip": "127.0.0.1" });
    expect(clientIpFrom(headers, false)).toBe("127.0.0.1");
    expect(clientIpFrom(headers, true)).toBe("6.6.6.6");
  });

  it("hash with a key, so the stored value does not reveal the address", () => {
    expect(hashIp("203.0.113.9", "k1")).not.toContain("203");
    expect(hashIp("203.0.113.9", "k1")).toBe(hashIp("203.0.113.9", "k1"));
    expect(hashIp("203.0.113.9", "k1")).not.toBe(hashIp("203.0.113.9", "k2"));
  });
});
