import { describe, expect, it } from "vitest";
import { liveTranscriptionFailed, liveTranscriptionProblem, microphoneErrorMessage, recordingInsteadNote, untranscribedNote } from "./voice-messages";

describe("liveTranscriptionFailed", () => {
  it("falls back to recording for every Web Speech error but a silence and our own stop", () => {
    for (const code of ["audio-capture", "network", "service-not-allowed", "not-allowed", "language-not-supported", "bad-grammar", "something-new"]) {
      expect(liveTranscriptionFailed(code)).toBe(true);
    }
    expect(liveTranscriptionFailed("no-speech")).toBe(false);
    expect(liveTranscriptionFailed("aborted")).toBe(false);
  });
});

describe("liveTranscriptionProblem and recordingInsteadNote", () => {
  it("name the live-transcription failure without blaming the microphone", () => {
    expect(liveTranscriptionProblem("audio-capture")).toContain("could not capture audio");
    expect(liveTranscriptionProblem(null)).toBe("This browser has no live transcription");
    for (const code of ["audio-capture", "network", "not-allowed", "x"]) expect(liveTranscriptionProblem(code)).not.toMatch(/no microphone/i);
  });

  it("say whether the recording will be transcribed", () => {
    expect(recordingInsteadNote("network", true)).toMatch(/recording instead\. Each recording is transcribed when you stop\.$/);
    expect(recordingInsteadNote("network", false)).toContain("cannot turn recordings into text");
  });
});

describe("untranscribedNote", () => {
  it("says why the recording has no text and that its length still times the answer", () => {
    expect(untranscribedNote("not-configured", "0:42")).toContain("AI transcription is not configured");
    expect(untranscribedNote("failed", "0:42")).toContain("could not transcribe");
    expect(untranscribedNote("failed", "0:42")).toContain("0:42");
  });
});

describe("microphoneErrorMessage", () => {
  it("says exactly why the microphone could not be used and what to do", () => {
    expect(microphoneErrorMessage("NotAllowedError")).toMatch(/refused.*Allow the microphone/);
    expect(microphoneErrorMessage("NotFoundError")).toMatch(/No microphone was found\. Connect one/);
    expect(microphoneErrorMessage("NotReadableError")).toMatch(/busy/);
    expect(microphoneErrorMessage("SecurityError")).toMatch(/not allowed to use the microphone/);
    expect(microphoneErrorMessage("")).toMatch(/try again/);
  });
});
