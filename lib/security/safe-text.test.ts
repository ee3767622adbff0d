import { describe, expect, it } from "vitest";
import { isStorableText, safeText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/security/safe-text";

/** Strings as a JSON body delivers them, escapes decoded by JSON.parse. */
const fromJson = (literal: string): string => JSON.parse(`"${literal}"`);

describe("isStorableText", () => {
  it.each([
    ["a NUL", "a\\u0000b"],
    ["a NUL alone", "\\u0000"],
    ["a lone high surrogate", "\\ud800"],
    ["a high surrogate followed by a letter", "x\\udbffy"],
    ["a lone low surrogate", "\\udc00"],
    ["a low surrogate after a letter", "a\\udfff"],
    ["two high surrogates", "\\ud83d\\ud83d"],
    ["a reversed pair", "\\ude80\\ud83d"],
    ["a pair followed by a stray high surrogate", "\\ud83d\\ude80\\ud83d"],
  ])("refuses %s", (_name, literal) => {
    expect(isStorableText(fromJson(literal))).toBe(false);
  });

  it.each([
    ["an empty string", ""],
    ["plain text", "I led the migration."],
    ["an emoji as a surrogate pair", "\\ud83d\\ude80"],
    ["text around emoji", "Shipped \\ud83d\\ude80 on time \\ud83c\\udf89"],
    ["accents and CJK", "Zoë 東京"],
    ["tabs and newlines", "line one\\n\\tline two\\r\\n"],
    ["other control characters PostgreSQL stores", "\\u0001\\u001f\\u007f"],
  ])("accepts %s", (_name, literal) => {
    expect(isStorableText(fromJson(literal))).toBe(true);
  });
});

describe("safeText", () => {
  it("refuses a NUL and a lone surrogate with the message that names the problem", () => {
    for (const literal of ["\\u0000", "\\ud800"]) {
      const result = safeText().safeParse(fromJson(literal));
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    }
  });

  it("stops at the unstorable character, so later checks add no second message", () => {
    const schema = safeText().min(5, "Too short.").refine((value) => value.includes("x"), "Needs an x.");
    expect(schema.safeParse(fromJson("\\u0000")).error?.issues.map((issue) => issue.message)).toEqual([
      UNSTORABLE_TEXT_MESSAGE,
    ]);
  });

  it("keeps zod's string checks and the caller's type message", () => {
    const schema = safeText("Write something.").trim().max(3, "Too long.");
    expect(schema.parse("  ab  ")).toBe("ab");
    expect(schema.safeParse("abcd").error?.issues[0]?.message).toBe("Too long.");
    expect(schema.safeParse(42).error?.issues[0]?.message).toBe("Write something.");
  });

  it("accepts an emoji", () => {
    expect(safeText().parse(fromJson("\\ud83d\\ude80"))).toBe("🚀");
  });
});
