/**
 * `POST /v1/audio/speech` and `POST /v1/audio/transcriptions` for the local OpenAI server.
 *
 * Speech makes a real WAV (or OpenAI's raw 24 kHz PCM). It cannot make mp3, opus, aac or flac, so those formats, and
 * a request without `response_format` (OpenAI's default is mp3), get a 400 in OpenAI's error shape naming the formats
 * it can make: a test that forgets to ask for wav fails loudly instead of decoding garbage.
 *
 * Transcriptions parse the multipart upload with the platform's own parser (`Request.formData()`), check it as OpenAI
 * does (file and model present, a supported extension, at most 25 MiB) and answer with the scripted transcript.
 */
import type http from "node:http";
import { sendBytes, sendError, sendJson } from "./http";
import type { RecordedFile, SpeechScript } from "./types";
import { parseWav, synthesizePcm16, wavFromPcm16 } from "./wav";

/** OpenAI's raw `pcm` speech format: 24 kHz, 16-bit signed little-endian, mono, no header. */
export const PCM_SAMPLE_RATE = 24_000;
const MAX_SPEECH_INPUT = 4_096;
/** OpenAI's upload limit for transcriptions. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
const AUDIO_EXTENSIONS = ["flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"];

/** Answers a speech request with the scripted clip. */
export function replyToSpeech(res: http.ServerResponse, body: Record<string, unknown> | undefined, script: SpeechScript): void {
  for (const name of ["model", "voice"] as const) {
    if (body?.[name] === undefined) return sendError(res, 400, `Missing required parameter: '${name}'.`, name, "missing_required_parameter");
  }
  const input = body?.input;
  if (typeof input !== "string" || input.length === 0) return sendError(res, 400, "Missing required parameter: 'input'.", "input", "missing_required_parameter");
  if (input.length > MAX_SPEECH_INPUT) {
    return sendError(res, 400, `'input' is too long: ${input.length} characters; the maximum is ${MAX_SPEECH_INPUT}.`, "input", "string_above_max_length");
  }
  const format = typeof body?.response_format === "string" ? body.response_format : "mp3";
  if (format === "wav") return sendBytes(res, 200, "audio/wav", wavFromPcm16(synthesizePcm16(script.durationMs, script.sampleRate, script.tone), script.sampleRate));
  if (format === "pcm") return sendBytes(res, 200, "audio/pcm", synthesizePcm16(script.durationMs, PCM_SAMPLE_RATE, script.tone));
  sendError(
    res,
    400,
    `The local OpenAI test server makes only response_format "wav" or "pcm", not "${format}" (OpenAI's default when unset is mp3).`,
    "response_format",
    "unsupported_value",
  );
}

/** A parsed multipart body: text fields for the record, files for the handler only. */
export type Multipart = { fields: Record<string, unknown>; files: { field: string; file: File }[] };

/** Parses `multipart/form-data`; undefined when the body or its boundary is malformed. */
export async function parseMultipart(contentType: string, raw: Buffer): Promise<Multipart | undefined> {
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) return undefined;
  let form: FormData;
  try {
    form = await new Request("http://local/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(raw) }).formData();
  } catch {
    return undefined;
  }
  const fields: Record<string, unknown> = {};
  const files: Multipart["files"] = [];
  for (const [field, value] of form) {
    if (typeof value !== "string") {
      files.push({ field, file: value });
      continue;
    }
    // A repeated field (e.g. `timestamp_granularities[]`) is recorded as an array.
    const previous = fields[field];
    fields[field] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return { fields, files };
}

/** The record of an upload: name, type and size, never the bytes. */
export function describeFiles(multipart: Multipart | undefined): RecordedFile[] {
  return (multipart?.files ?? []).map(({ field, file }) => ({ field, filename: file.name, contentType: file.type, size: file.size }));
}

function timestamp(seconds: number, separator: "," | "."): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}

/** Answers a transcription request with `transcript`. */
export async function replyToTranscription(res: http.ServerResponse, multipart: Multipart | undefined, transcript: string): Promise<void> {
  if (!multipart) return sendError(res, 400, "Could not parse multipart form", null, "invalid_multipart");
  const { fields } = multipart;
  const upload = multipart.files.find((f) => f.field === "file")?.file;
  if (!upload) return sendError(res, 400, "Missing required parameter: 'file'.", "file", "missing_required_parameter");
  if (typeof fields.model !== "string" || !fields.model) return sendError(res, 400, "Missing required parameter: 'model'.", "model", "missing_required_parameter");
  if (upload.size > MAX_UPLOAD_BYTES) return sendError(res, 413, `Maximum content size limit (${MAX_UPLOAD_BYTES}) exceeded (${upload.size} bytes read)`);
  const extension = upload.name.includes(".") ? upload.name.split(".").pop()?.toLowerCase() : undefined;
  if (!extension || !AUDIO_EXTENSIONS.includes(extension)) {
    return sendError(res, 400, `Invalid file format. Supported formats: ${JSON.stringify(AUDIO_EXTENSIONS)}`, "file", "invalid_value");
  }
  if (fields.stream === "true") return sendError(res, 400, "The local OpenAI test server does not stream transcriptions.", "stream", "unsupported_value");

  // The bytes are read only here, for the duration, and go out of scope with this call.
  let duration = 0;
  try {
    duration = parseWav(new Uint8Array(await upload.arrayBuffer())).durationMs / 1000;
  } catch {
    // Not a WAV: the duration is unknown and reported as 0.
  }
  const format = typeof fields.response_format === "string" ? fields.response_format : "json";
  const end = Math.max(duration, 0.001);
  switch (format) {
    case "json":
      return sendJson(res, 200, { text: transcript });
    case "text":
      return sendBytes(res, 200, "text/plain; charset=utf-8", transcript);
    case "verbose_json": {
      const language = typeof fields.language === "string" ? fields.language : "english";
      const segment = { id: 0, seek: 0, start: 0, end, text: transcript, tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1, no_speech_prob: 0.01 };
      return sendJson(res, 200, { task: "transcribe", language, duration, text: transcript, segments: [segment] });
    }
    case "srt":
      return sendBytes(res, 200, "text/plain; charset=utf-8", `1\n${timestamp(0, ",")} --> ${timestamp(end, ",")}\n${transcript}\n\n`);
    case "vtt":
      return sendBytes(res, 200, "text/vtt; charset=utf-8", `WEBVTT\n\n${timestamp(0, ".")} --> ${timestamp(end, ".")}\n${transcript}\n\n`);
    default:
      return sendError(res, 400, `The local OpenAI test server does not support response_format "${format}".`, "response_format", "unsupported_value");
  }
}
