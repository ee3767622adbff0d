import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { MAX_AUDIO_FORM_BYTES, readAudioField } from "./audio-form";

const url = "http://localhost/api/practice/transcribe";

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${error.status}` : "other";
  }
  return undefined;
}

describe("readAudioField", () => {
  it("returns the audio entry of a multipart form, or null when it is absent", async () => {
    const form = new FormData();
    form.set("audio", new Blob([new Uint8Array([1, 2, 3])], { type: "audio/webm" }), "clip.webm");
    const value = await readAudioField(new Request(url, { method: "POST", body: form }));
    expect(value).toBeInstanceOf(Blob);
    expect((value as Blob).size).toBe(3);
    const empty = new FormData();
    empty.set("other", "x");
    expect(await readAudioField(new Request(url, { method: "POST", body: empty }))).toBeNull();
  });

  it("answers 415 for a body that is not multipart", async () => {
    const request = new Request(url, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await codeOf(readAudioField(request))).toBe("unsupported_media_type 415");
  });

  it("answers 413 from the declared length and from the bytes actually sent", async () => {
    const declared = new Request(url, {
      method: "POST",
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=abc", "content-length": String(MAX_AUDIO_FORM_BYTES + 1) },
    });
    expect(await codeOf(readAudioField(declared))).toBe("payload_too_large 413");
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 12; i += 1) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const streamed = new Request(url, { method: "POST", body: stream, headers: { "content-type": "multipart/form-data; boundary=abc" }, duplex: "half" } as RequestInit);
    expect(await codeOf(readAudioField(streamed))).toBe("payload_too_large 413");
  });

  it("answers 400 for a malformed multipart body", async () => {
    const request = new Request(url, { method: "POST", body: "garbage", headers: { "content-type": "multipart/form-data; boundary=abc" } });
    expect(await codeOf(readAudioField(request))).toBe("invalid_input 400");
  });
});
