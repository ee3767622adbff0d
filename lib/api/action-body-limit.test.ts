import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyBytes, exceedsActionBodyLimit } from "./action-body-limit";
import { PROFILE_LIMITS } from "@/lib/profile/schemas";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("actionBodyBytes", () => {
  it("counts UTF-8 bytes, a byte more per line break, and room for each part", () => {
    const base = actionBodyBytes(form({}));
    const part = actionBodyBytes(form({ a: "" })) - base - 1;
    expect(actionBodyBytes(form({ a: "é😀" })) - base - part).toBe(1 + 2 + 4);
    expect(actionBodyBytes(form({ a: "x\ny\r\nz" })) - base - part).toBe(1 + 6 + 3);
    // A lone surrogate is sent as U+FFFD: three bytes.
    expect(actionBodyBytes(form({ a: "\ud800" })) - base - part).toBe(1 + 3);
  });

  it("lets a profile at every limit through, even written in four-byte characters, and refuses a 1 MB paste", () => {
    const full = Object.fromEntries(Object.entries(PROFILE_LIMITS).map(([field, limit]) => [field, "😀".repeat(limit / 2)]));
    expect(exceedsActionBodyLimit(form(full))).toBe(false);
    expect(exceedsActionBodyLimit(form({ cvText: "a".repeat(ACTION_BODY_LIMIT_BYTES) }))).toBe(true);
  });
});
