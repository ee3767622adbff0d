import { describe, expect, it } from "vitest";
import { localSignInSchema, safeRedirectPath } from "@/lib/auth/schemas";
import { UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";

/** What the sign-in page receives: Next decodes the query string before the value reaches safeRedirectPath. */
const fromQuery = (query: string) => new URLSearchParams(query).get("redirect_url");

describe("safeRedirectPath", () => {
  it.each([
    ["a tab-prefixed path", "/\t/evil.example"],
    ["a carriage-return-prefixed path", "/\r/evil.example"],
    ["a newline-prefixed path", "/\n/evil.example"],
    ["a tab between the slashes", "/\t/evil.example/\tpath"],
    ["a NUL", "/\u0000/evil.example"],
    ["a DEL", "/\u007f/evil.example"],
    ["a protocol-relative URL", "//evil.example"],
    ["a protocol-relative URL with a path", "//evil.example/profile"],
    ["a backslash path", "/\\evil.example"],
    ["a backslash-only prefix", "\\\\evil.example"],
    ["an absolute https URL", "https://evil.example"],
    ["an absolute http URL", "http://evil.example/profile"],
    ["a scheme with one slash", "http:/evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a mixed-case javascript: URL", "JaVaScRiPt:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a path that normalises to two slashes", "/..//evil.example"],
    ["a dot segment before two slashes", "/.//evil.example"],
    ["an encoded dot segment before two slashes", "/%2e%2e//evil.example"],
  ])("refuses %s", (_name, value) => {
    expect(safeRedirectPath(value)).toBe("/profile");
  });

  it.each([
    ["%09", "/%09/evil.example"],
    ["%0d", "/%0d/evil.example"],
    ["%0a", "/%0a/evil.example"],
    ["%0D%0A", "/%0D%0A/evil.example"],
    ["%5C", "/%5Cevil.example"],
    ["%2F%2F", "%2F%2Fevil.example"],
    ["%00", "/%00/evil.example"],
  ])("refuses an encoded %s once the query string is decoded", (_name, encoded) => {
    const decoded = fromQuery(`redirect_url=${encoded}`);
    expect(decoded).not.toBe(encoded);
    expect(safeRedirectPath(decoded)).toBe("/profile");
  });

  it("refuses a relative path, which no link of ours sends", () => {
    expect(safeRedirectPath("practice")).toBe("/profile");
    expect(safeRedirectPath("😀😀")).toBe("/profile");
  });

  it("refuses a path too long for a Location header (found by fuzzing the sign-in form)", () => {
    expect(safeRedirectPath(`/${"😀".repeat(4000)}`)).toBe("/profile");
    expect(safeRedirectPath(`/practice?q=${"a".repeat(2100)}`)).toBe("/profile");
    expect(safeRedirectPath(`/practice?q=${"a".repeat(100)}`)).toBe(`/practice?q=${"a".repeat(100)}`);
  });

  it("keeps a doubly encoded tab as a harmless literal in the path", () => {
    expect(safeRedirectPath(fromQuery("redirect_url=/%2509/evil.example"))).toBe("/%09/evil.example");
  });

  it("returns the fallback for a missing or empty value", () => {
    expect(safeRedirectPath(undefined)).toBe("/profile");
    expect(safeRedirectPath(null)).toBe("/profile");
    expect(safeRedirectPath("")).toBe("/profile");
    expect(safeRedirectPath("//evil.example", "/")).toBe("/");
  });

  it.each([
    ["/profile", "/profile"],
    ["/profile?tab=cv", "/profile?tab=cv"],
    ["/practice/abc?from=dashboard&step=2#question-3", "/practice/abc?from=dashboard&step=2#question-3"],
    ["/tools/star-scorer?q=a%20b", "/tools/star-scorer?q=a%20b"],
    ["/practice/./abc/../def", "/practice/def"],
    ["/sessions/über", "/sessions/%C3%BCber"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it("keeps a path with a query as it arrives from the sign-in link", () => {
    const link = new URL("https://app.example/sign-in");
    link.searchParams.set("redirect_url", "/practice/abc?step=2&mode=voice");
    expect(safeRedirectPath(link.searchParams.get("redirect_url"))).toBe("/practice/abc?step=2&mode=voice");
  });
});

describe("localSignInSchema", () => {
  const valid = { email: "ada@example.com", displayName: "Ada", redirectTo: "/profile", acceptTerms: "on" };

  it("refuses a sign-in without the terms and privacy notice accepted", () => {
    const result = localSignInSchema.safeParse({ ...valid, acceptTerms: undefined });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Accept the terms of use and the privacy notice to continue.");
  });

  it("accepts an email with surrounding spaces and stores it trimmed and lower-cased", () => {
    const parsed = localSignInSchema.parse({ ...valid, email: "  Ada@Example.COM \t" });
    expect(parsed.email).toBe("ada@example.com");
  });

  it("refuses an address that is still invalid once trimmed", () => {
    const result = localSignInSchema.safeParse({ ...valid, email: "  not an email  " });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Enter a valid email address."]);
  });

  it("refuses an email longer than 254 characters", () => {
    const result = localSignInSchema.safeParse({ ...valid, email: `${"a".repeat(250)}@example.com` });
    expect(result.error?.issues[0]?.message).toBe("Email must be at most 254 characters.");
  });

  it("refuses a missing email with the same message as a bad one", () => {
    const result = localSignInSchema.safeParse({ displayName: "Ada" });
    expect(result.error?.issues[0]?.message).toBe("Enter a valid email address.");
  });

  it.each([
    ["a NUL", '"Ada\\u0000"'],
    ["a lone high surrogate", '"Ada\\ud800"'],
    ["a lone low surrogate", '"\\udc00Ada"'],
  ])("refuses a display name with %s, naming the field", (_name, json) => {
    const result = localSignInSchema.safeParse({ ...valid, displayName: JSON.parse(json) });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["displayName"], message: UNSTORABLE_TEXT_MESSAGE }),
    ]);
  });

  it("refuses an email with a NUL, naming the field", () => {
    const result = localSignInSchema.safeParse({ ...valid, email: JSON.parse('"ada\\u0000@example.com"') });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["email"], message: UNSTORABLE_TEXT_MESSAGE })]);
  });

  it("accepts a display name with an emoji", () => {
    expect(localSignInSchema.parse({ ...valid, displayName: JSON.parse('"Ada \\ud83d\\ude80"') }).displayName).toBe("Ada 🚀");
  });
});
