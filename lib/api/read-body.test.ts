import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { readBodyText, readJsonBody } from "@/lib/api/read-body";

const CHUNK_BYTES = 64 * 1024;
const TEN_MB = 10 * 1024 * 1024;

/** A body that would produce `totalBytes` in 64 KiB chunks, pulled one at a time, recording how far it got. */
function countingStream(totalBytes: number) {
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulls * CHUNK_BYTES >= totalBytes) {
          controller.close();
          return;
        }
        state.pulls += 1;
        controller.enqueue(new Uint8Array(CHUNK_BYTES).fill(0x61));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/test", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readBodyText", () => {
  it("stops pulling and cancels a 10 MB chunked body as soon as it passes the limit", async () => {
    const { stream, state } = countingStream(TEN_MB);
    const error = await refusal(readBodyText(post(stream), 100 * 1024));
    expect(error.code).toBe("payload_too_large");
    expect(error.status).toBe(413);
    expect(error.message).toBe("Request body must be at most 102400 bytes.");
    expect(state.cancelled).toBe(true);
    // 100 KiB is passed on the second 64 KiB chunk; a whole read would have pulled 160.
    expect(state.pulls).toBeLessThanOrEqual(3);
  });

  it("counts the bytes actually sent when the content-length lies", async () => {
    const { stream, state } = countingStream(TEN_MB);
    const error = await refusal(readBodyText(post(stream, { "content-length": "10" }), 1_000));
    expect(error.code).toBe("payload_too_large");
    expect(state.cancelled).toBe(true);
    expect(state.pulls).toBeLessThanOrEqual(2);
  });

  it("refuses a declared content-length over the limit before reading anything", async () => {
    const { stream, state } = countingStream(TEN_MB);
    const error = await refusal(readBodyText(post(stream, { "content-length": String(TEN_MB) }), 1_000));
    expect(error.code).toBe("payload_too_large");
    expect(error.message).toBe("Request body must be at most 1000 bytes.");
    expect(state.pulls).toBe(0);
  });

  it("reads a body exactly at the limit", async () => {
    expect(await readBodyText(post("x".repeat(1_000)), 1_000)).toBe("x".repeat(1_000));
    await expect(readBodyText(post("x".repeat(1_001)), 1_000)).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("counts bytes, not characters", async () => {
    // "é" is two bytes in UTF-8: 501 of them are 1,002 bytes.
    await expect(readBodyText(post("é".repeat(501)), 1_000)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(await readBodyText(post("é".repeat(500)), 1_000)).toBe("é".repeat(500));
  });

  it("decodes UTF-8 split across chunks", async () => {
    const bytes = new TextEncoder().encode("café 🚀");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    expect(await readBodyText(post(stream), 1_000)).toBe("café 🚀");
  });

  it("returns an empty string for a request without a body", async () => {
    expect(await readBodyText(new Request("http://localhost/api/test", { method: "POST" }), 10)).toBe("");
  });
});

describe("readJsonBody", () => {
  it("parses a JSON body", async () => {
    expect(await readJsonBody(post('{"answer":"I led it."}'), 1_000)).toEqual({ answer: "I led it." });
  });

  it("refuses invalid JSON with a 400", async () => {
    const error = await refusal(readJsonBody(post("{not json"), 1_000));
    expect(error.code).toBe("invalid_input");
    expect(error.status).toBe(400);
    expect(error.message).toBe("Request body must be valid JSON.");
  });

  it("returns undefined for an empty optional body", async () => {
    expect(await readJsonBody(post(null), 1_000, { optional: true })).toBeUndefined();
    expect(await readJsonBody(post(""), 1_000, { optional: true })).toBeUndefined();
    expect(await readJsonBody(post("  \n"), 1_000, { optional: true })).toBeUndefined();
  });

  it("refuses an empty body that is not optional with a 400", async () => {
    const error = await refusal(readJsonBody(post(""), 1_000));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toBe("Request body must be valid JSON.");
  });

  it("refuses an oversized body with a 413 before parsing it", async () => {
    const { stream, state } = countingStream(TEN_MB);
    const error = await refusal(readJsonBody(post(stream), 1_000, { optional: true }));
    expect(error.code).toBe("payload_too_large");
    expect(state.cancelled).toBe(true);
  });
});
