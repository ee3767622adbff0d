import { describe, expect, it } from "vitest";
import { decodeHistoryCursor, encodeHistoryCursor, HISTORY_API_DEFAULT_LIMIT, historyPageQuerySchema } from "./history-cursor";

const ID = "0b6f1d8e-4c1a-4f7e-9a53-2d1c0e6b7a91";

describe("history cursor", () => {
  it("round-trips a start time to the microsecond and the id", () => {
    const cursor = { startedAt: "2026-03-05T14:07:00.123456Z", id: ID };
    const encoded = encodeHistoryCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeHistoryCursor(encoded)).toEqual(cursor);
  });

  it("keeps two cursors apart that differ only below the millisecond", () => {
    const a = encodeHistoryCursor({ startedAt: "2026-03-05T14:07:00.123456Z", id: ID });
    const b = encodeHistoryCursor({ startedAt: "2026-03-05T14:07:00.123457Z", id: ID });
    expect(a).not.toBe(b);
    expect(decodeHistoryCursor(b)?.startedAt).toBe("2026-03-05T14:07:00.123457Z");
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc$def"],
    ["random text", Buffer.from("hello").toString("base64url")],
    ["no id", Buffer.from("2026-03-05T14:07:00Z~").toString("base64url")],
    ["a bad id", Buffer.from("2026-03-05T14:07:00Z~not-a-uuid").toString("base64url")],
    ["a local time", Buffer.from(`2026-03-05T14:07:00~${ID}`).toString("base64url")],
    ["an impossible date", Buffer.from(`2026-13-45T14:07:00Z~${ID}`).toString("base64url")],
    ["SQL in the time", Buffer.from(`2026-03-05T14:07:00Z'; drop table users;--~${ID}`).toString("base64url")],
    ["an extra part", Buffer.from(`2026-03-05T14:07:00Z~${ID}~x`).toString("base64url")],
    ["too long", "A".repeat(201)],
  ])("refuses %s", (_label, value) => {
    expect(decodeHistoryCursor(value)).toBeNull();
  });
});

describe("history page query", () => {
  it("defaults to the first page of 50", () => {
    expect(historyPageQuerySchema.parse({})).toEqual({ limit: HISTORY_API_DEFAULT_LIMIT });
  });

  it("decodes the cursor and reads the limit from query-string text", () => {
    const cursor = encodeHistoryCursor({ startedAt: "2026-03-05T14:07:00.5Z", id: ID });
    expect(historyPageQuerySchema.parse({ cursor, limit: "10" })).toEqual({ cursor: { startedAt: "2026-03-05T14:07:00.5Z", id: ID }, limit: 10 });
  });

  it.each([
    ["a cursor that does not decode", { cursor: "garbage!" }, "cursor"],
    ["a limit of 0", { limit: "0" }, "limit"],
    ["a limit over 100", { limit: "101" }, "limit"],
    ["a limit that is not a number", { limit: "ten" }, "limit"],
    ["an unknown parameter", { offset: "20" }, ""],
  ])("refuses %s", (_label, query, field) => {
    const result = historyPageQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    if (field) expect(result.error?.issues[0]?.path).toEqual([field]);
  });
});
