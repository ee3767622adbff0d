/**
 * Checks on a recorded answer before it goes anywhere: present, not empty, at most 10 MB, and one of the audio types
 * MediaRecorder produces. Pure (no I/O), so the rules are unit-tested and the browser can show the same limit.
 */
import { AppError } from "@/lib/api/app-error";

/** A two-minute Opus answer is well under 2 MB; 10 MB leaves room for Safari's larger mp4 clips. */
export const MAX_AUDIO_BYTES = 10 * 1024 * 1024;
/** The multipart field the browser sends the clip in. */
export const AUDIO_FIELD = "audio";
/** What Chrome (webm), Firefox (ogg), Safari (mp4) and uploads of common files send. */
export const ALLOWED_AUDIO_TYPES = ["audio/webm", "audio/ogg", "audio/mp4", "audio/mpeg", "audio/wav"] as const;
export type AudioType = (typeof ALLOWED_AUDIO_TYPES)[number];

/** A clip that passed the checks. */
export type CheckedAudio = { data: Blob; contentType: AudioType };

/** `audio/webm;codecs=opus` → `audio/webm`: the codec does not change whether we accept it. */
export function baseMediaType(type: string): string {
  return (type.split(";")[0] ?? "").trim().toLowerCase();
}

const missing = () =>
  new AppError("unprocessable", "Record an answer before sending it.", { fields: { [AUDIO_FIELD]: ["Record an answer before sending it."] } });

/**
 * Returns the clip, or throws: 422 when the field is missing, not a file or empty; 413 when it is over 10 MB; 415
 * when its type is not one of `ALLOWED_AUDIO_TYPES`.
 */
export function checkAudioUpload(value: unknown): CheckedAudio {
  if (!(value instanceof Blob) || value.size === 0) throw missing();
  if (value.size > MAX_AUDIO_BYTES) {
    throw new AppError("payload_too_large", "This recording is too long to transcribe (over 10 MB). Record a shorter answer, or type it.");
  }
  const type = baseMediaType(value.type);
  if (!(ALLOWED_AUDIO_TYPES as readonly string[]).includes(type)) {
    throw new AppError("unsupported_media_type", `Recordings must be one of: ${ALLOWED_AUDIO_TYPES.join(", ")}.`, {
      fields: { [AUDIO_FIELD]: ["This type of recording is not supported."] },
    });
  }
  return { data: value, contentType: type as AudioType };
}
