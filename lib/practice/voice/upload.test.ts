import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { baseMediaType, checkAudioUpload, MAX_AUDIO_BYTES } from "./upload";

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${error.status}` : "other";
  }
  return undefined;
}

describe("baseMediaType", () => {
  it("drops parameters and case", () => {
    expect(baseMediaType("Audio/WebM; codecs=opus")).toBe("audio/webm");
    expect(baseMediaType("")).toBe("");
  });
});

describe("checkAudioUpload", () => {
  it("accepts every type MediaRecorder produces, with codec parameters", () => {
    for (const type of ["audio/webm;codecs=opus", "audio/ogg; codecs=opus", "audio/mp4", "audio/mpeg", "audio/wav"]) {
      expect(checkAudioUpload(new Blob([new Uint8Array(10)], { type })).contentType).toBe(baseMediaType(type));
    }
  });

  it("answers 422 for a missing, textual or empty recording", () => {
    expect(codeOf(() => checkAudioUpload(null))).toBe("unprocessable 422");
    expect(codeOf(() => checkAudioUpload("not a file"))).toBe("unprocessable 422");
    expect(codeOf(() => checkAudioUpload(new Blob([], { type: "audio/webm" })))).toBe("unprocessable 422");
  });

  it("answers 413 past 10 MB and 415 for another type", () => {
    expect(codeOf(() => checkAudioUpload(new Blob([new Uint8Array(MAX_AUDIO_BYTES + 1)], { type: "audio/webm" })))).toBe("payload_too_large 413");
    expect(codeOf(() => checkAudioUpload(new Blob([new Uint8Array(MAX_AUDIO_BYTES)], { type: "audio/webm" })))).toBeUndefined();
    expect(codeOf(() => checkAudioUpload(new Blob([new Uint8Array(10)], { type: "video/webm" })))).toBe("unsupported_media_type 415");
    expect(codeOf(() => checkAudioUpload(new Blob([new Uint8Array(10)])))).toBe("unsupported_media_type 415");
  });
});
