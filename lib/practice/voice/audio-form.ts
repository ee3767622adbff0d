/**
 * Reads the transcription route's multipart body without trusting its declared size: the body is counted as it
 * arrives and refused (413) as soon as it passes the limit, so a huge or endless upload is never buffered whole.
 * The bytes live only in this request's memory and go out of scope with it; nothing is written to disk.
 */
import { AppError } from "@/lib/api/app-error";
import { readBodyBytes } from "@/lib/api/read-body";
import { AUDIO_FIELD, MAX_AUDIO_BYTES } from "./upload";

/** Room for the multipart boundaries and part headers around the clip. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
export const MAX_AUDIO_FORM_BYTES = MAX_AUDIO_BYTES + FORM_OVERHEAD_BYTES;

const tooLarge = () =>
  new AppError("payload_too_large", "This recording is too long to transcribe (over 10 MB). Record a shorter answer, or type it.");

/**
 * The `audio` field of a `multipart/form-data` request (null when absent). 415 for another content type, 413 past
 * the size limit, 400 for a malformed body.
 */
export async function readAudioField(request: Request): Promise<FormDataEntryValue | null> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("unsupported_media_type", `Send the recording as multipart/form-data, in a field named "${AUDIO_FIELD}".`);
  }
  const body = await readBodyBytes(request, MAX_AUDIO_FORM_BYTES, tooLarge);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("invalid_input", "The upload could not be read as multipart/form-data.");
  }
  return form.get(AUDIO_FIELD);
}
