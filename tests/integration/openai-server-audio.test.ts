/**
 * The local OpenAI server's audio endpoints, called with the real `openai` SDK: speech returns a WAV that parses with
 * the scripted duration, and transcription accepts a real multipart upload and returns the scripted transcript.
 */
import OpenAI, { APIError, toFile } from "openai";
import { describe, expect, it } from "vitest";
import { DEFAULT_TRANSCRIPT, PCM_SAMPLE_RATE, parseWav } from "@/tests/helpers/openai-server";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const openai = useOpenAIServer();

const QUESTION = "Tell me about a time you disagreed with your manager.";

async function speak(options: Partial<OpenAI.Audio.SpeechCreateParams> = {}) {
  const response = await openai.client.audio.speech.create({ model: "gpt-4o-mini-tts", voice: "alloy", input: QUESTION, response_format: "wav", ...options });
  return { contentType: response.headers.get("content-type"), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("text to speech", () => {
  it("returns a WAV that starts with RIFF and lasts the scripted 0.3 s", async () => {
    const { contentType, bytes } = await speak();

    expect(contentType).toBe("audio/wav");
    expect(bytes.subarray(0, 4).toString("ascii")).toBe("RIFF");
    const wav = parseWav(bytes);
    expect(wav).toMatchObject({ audioFormat: 1, channels: 1, sampleRate: 16_000, bitsPerSample: 16 });
    expect(wav.durationMs).toBe(300);
    expect(bytes.length).toBe(44 + 0.3 * 16_000 * 2);
    expect(openai.server.requests[0]?.body).toMatchObject({ model: "gpt-4o-mini-tts", voice: "alloy", input: QUESTION, response_format: "wav" });
  });

  it("returns silence of the scripted length and rate", async () => {
    openai.server.setSpeech({ durationMs: 1_000, sampleRate: 8_000, tone: "silence" });
    const { bytes } = await speak();
    const wav = parseWav(bytes);
    expect(wav).toMatchObject({ sampleRate: 8_000, durationMs: 1_000 });
    expect(bytes.subarray(44).every((byte) => byte === 0)).toBe(true);
  });

  it("returns headerless 24 kHz PCM for the pcm format", async () => {
    const { contentType, bytes } = await speak({ response_format: "pcm" });
    expect(contentType).toBe("audio/pcm");
    expect(bytes.length).toBe(0.3 * PCM_SAMPLE_RATE * 2);
    expect(bytes.subarray(0, 4).toString("ascii")).not.toBe("RIFF");
  });

  // Unset means mp3 to OpenAI, which this server cannot produce either.
  it.each(["mp3", "opus", undefined] as const)("answers 400 when response_format is %s", async (format) => {
    const call = speak({ response_format: format });
    await expect(call).rejects.toBeInstanceOf(APIError);
    await expect(call).rejects.toMatchObject({ status: 400, param: "response_format", code: "unsupported_value" });
  });

  it("answers 400 when the input is missing, as OpenAI does", async () => {
    await expect(speak({ input: "" })).rejects.toMatchObject({ status: 400, param: "input" });
  });
});

describe("transcription", () => {
  const transcribe = (file: Awaited<ReturnType<typeof toFile>>, options: Partial<OpenAI.Audio.TranscriptionCreateParamsNonStreaming> = {}) =>
    openai.client.audio.transcriptions.create({ file, model: "gpt-4o-mini-transcribe", ...options });

  it("round-trips a WAV upload and records its size and type without its bytes", async () => {
    const { bytes } = await speak();
    const result = await transcribe(await toFile(bytes, "answer.wav", { type: "audio/wav" }), { language: "en" });

    expect(result.text).toBe(DEFAULT_TRANSCRIPT);
    const request = openai.server.requests.at(-1);
    expect(request?.path).toBe("/v1/audio/transcriptions");
    expect(request?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request?.files).toEqual([{ field: "file", filename: "answer.wav", contentType: "audio/wav", size: bytes.length }]);
    expect(request?.body).toEqual({ model: "gpt-4o-mini-transcribe", language: "en" });
    expect(request?.rawBody).toBe("");
    expect(JSON.stringify(request)).not.toContain("RIFF");
  });

  it("returns plain text for response_format text", async () => {
    openai.server.setTranscript("I owned the rollback plan.");
    const text = await transcribe(await toFile(Buffer.from("webm bytes"), "answer.webm", { type: "audio/webm" }), { response_format: "text" });
    expect(text).toBe("I owned the rollback plan.");
  });

  it("reports the uploaded WAV's duration in verbose_json", async () => {
    const { bytes } = await speak();
    const result = await openai.client.audio.transcriptions.create({
      file: await toFile(bytes, "answer.wav"),
      model: "whisper-1",
      response_format: "verbose_json",
    });
    expect(result).toMatchObject({ text: DEFAULT_TRANSCRIPT, duration: 0.3, language: "english" });
  });

  it("uses queued transcripts in order, then the default", async () => {
    openai.server.setNextTranscript("first");
    openai.server.setNextTranscript("second");
    const file = await toFile(Buffer.from("x"), "a.webm");
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await transcribe(file)).text);
    expect(texts).toEqual(["first", "second", DEFAULT_TRANSCRIPT]);
  });

  it("rejects a file whose extension OpenAI does not accept", async () => {
    const call = transcribe(await toFile(Buffer.from("x"), "blob"));
    await expect(call).rejects.toMatchObject({ status: 400, param: "file" });
    expect(openai.server.requests[0]?.files[0]).toMatchObject({ filename: "blob", size: 1 });
  });

  it("fails with the scripted status", async () => {
    openai.server.setNextError("audio/transcriptions", 500, "Transcription failed.");
    await expect(transcribe(await toFile(Buffer.from("x"), "a.wav"))).rejects.toMatchObject({ status: 500, error: { message: "Transcription failed." } });
  });
});
