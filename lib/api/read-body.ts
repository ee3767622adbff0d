/**
 * Request bodies read with a byte limit that holds while reading, not after. `request.text()` buffers everything
 * first, so a chunked body with no content-length (or one that lies about it) could make the server hold megabytes
 * before the size check ran. Here the stream is read chunk by chunk and cancelled the moment the limit is passed.
 */
import { AppError } from "@/lib/api/app-error";

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `Request body must be at most ${maxBytes} bytes.`);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads the body's bytes, or throws when it is, or says it is, larger than `maxBytes`: `tooLarge()` if given (a
 * message for the route's own users), else a 413 `payload_too_large` AppError. A declared content-length is only an
 * early refusal: the bytes actually read are counted too, since the header may be missing or wrong.
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLargeError: () => AppError = () => tooLarge(maxBytes),
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLargeError();
  if (!request.body) return new Uint8Array(0);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        // Not awaited: cancelling stops the pulls at once, and a source slow to acknowledge must not hold the answer.
        reader.cancel().catch(() => undefined);
        throw tooLargeError();
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return concat(chunks, total);
}

/** The body as UTF-8 text (invalid sequences become U+FFFD), within `maxBytes` (413 past it). */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder("utf-8", { fatal: false }).decode(await readBodyBytes(request, maxBytes));
}

export type ReadJsonOptions = {
  /** When true, an empty (or whitespace-only) body is `undefined` instead of a 400. */
  optional?: boolean;
};

/**
 * Reads a JSON body within `maxBytes`: 413 when too large, 400 `invalid_input` when it is not JSON or is empty
 * (unless `optional`, when an empty body is `undefined`).
 */
export async function readJsonBody(request: Request, maxBytes: number, options: ReadJsonOptions = {}): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  if (text.trim() === "" && options.optional) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "Request body must be valid JSON.");
  }
}
