/**
 * One call from the browser to a practice API route, reduced to what a button needs to show: success with the
 * parsed JSON body, or a message to display. The API answers failures with `{ error: { message } }`; that message
 * is shown when present, `failed` otherwise, and `offline` when the request never reached the server. A failure also
 * carries the error's `code`, its per-field `fields` messages and the Retry-After wait in seconds, when there are any.
 */
import { parseRetryAfter } from "./timer";

export type ApiFailure = {
  ok: false;
  /** null when the request never reached the server. */
  status: number | null;
  message: string;
  /** `error.code` from the body, e.g. "rate_limited" or "validation_failed". */
  code?: string;
  /** `error.fields` from the body: messages per input field, for a validation failure. */
  fields?: Record<string, string[]>;
  /** The Retry-After header (seconds or an HTTP date), as seconds from now. */
  retryAfterSeconds?: number;
  /** `error.upgradeUrl` on a 402: where the plan that allows this is sold (a path on this site only). */
  upgradeUrl?: string;
};

export type ApiResult<T> = { ok: true; status: number; body: T | null } | ApiFailure;

export type ApiRequestOptions = {
  /** Shown when the server answers with an error that carries no message of its own. */
  failed: string;
  /** Shown when fetch itself throws: no connection, DNS failure, request aborted. */
  offline: string;
  /** Non-2xx statuses that count as success, e.g. 404 for deleting something already gone. */
  okStatuses?: readonly number[];
  /** The fetch to use; the global one by default (tests pass their own). */
  fetch?: typeof fetch;
  /** Called with the response headers whenever the server answers (success or failure), e.g. to read RateLimit-*. */
  onHeaders?: (headers: Headers) => void;
};

type ErrorBody = { error?: { message?: unknown; code?: unknown; fields?: unknown; upgradeUrl?: unknown } } | null;

/** Keeps only string messages under each field; null when nothing usable is left. */
function readFields(value: unknown): Record<string, string[]> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(value)) {
    const kept = Array.isArray(messages) ? messages.filter((item): item is string => typeof item === "string") : [];
    if (kept.length) fields[name] = kept;
  }
  return Object.keys(fields).length ? fields : null;
}

export async function apiRequest<T = unknown>(url: string, init: RequestInit, options: ApiRequestOptions): Promise<ApiResult<T>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, init);
  } catch {
    return { ok: false, status: null, message: options.offline };
  }
  options.onHeaders?.(response.headers);
  // An empty or non-JSON body reads as null rather than failing the call.
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok || options.okStatuses?.includes(response.status)) {
    return { ok: true, status: response.status, body: body as T | null };
  }
  const error = (body as ErrorBody)?.error;
  const message = error?.message;
  const failure: ApiFailure = { ok: false, status: response.status, message: typeof message === "string" && message ? message : options.failed };
  // Optional keys are set only when present, so a plain failure still reads { ok, status, message }.
  if (typeof error?.code === "string" && error.code) failure.code = error.code;
  const fields = readFields(error?.fields);
  if (fields) failure.fields = fields;
  // A path on this site only: the link is rendered as is, so it must not lead anywhere else.
  if (typeof error?.upgradeUrl === "string" && /^\/(?![/\\])/.test(error.upgradeUrl)) failure.upgradeUrl = error.upgradeUrl;
  const wait = parseRetryAfter(response.headers.get("Retry-After"));
  if (wait !== null) failure.retryAfterSeconds = wait;
  return failure;
}

/** A JSON request body with its content type, for spreading into `apiRequest`'s init. */
export function jsonBody(value: unknown): Pick<RequestInit, "headers" | "body"> {
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}
