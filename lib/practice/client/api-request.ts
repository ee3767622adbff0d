/**
 * One call from the browser to a practice API route, reduced to what a button needs to show: success with the
 * parsed JSON body, or a message to display. The API answers failures with `{ error: { message } }`; that message
 * is shown when present, `failed` otherwise, and `offline` when the request never reached the server.
 */

export type ApiResult<T> =
  | { ok: true; status: number; body: T | null }
  | { ok: false; status: number | null; message: string };

export type ApiRequestOptions = {
  /** Shown when the server answers with an error that carries no message of its own. */
  failed: string;
  /** Shown when fetch itself throws: no connection, DNS failure, request aborted. */
  offline: string;
  /** Non-2xx statuses that count as success, e.g. 404 for deleting something already gone. */
  okStatuses?: readonly number[];
  /** The fetch to use; the global one by default (tests pass their own). */
  fetch?: typeof fetch;
};

type ErrorBody = { error?: { message?: unknown } } | null;

export async function apiRequest<T = unknown>(url: string, init: RequestInit, options: ApiRequestOptions): Promise<ApiResult<T>> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, init);
  } catch {
    return { ok: false, status: null, message: options.offline };
  }
  // An empty or non-JSON body reads as null rather than failing the call.
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok || options.okStatuses?.includes(response.status)) {
    return { ok: true, status: response.status, body: body as T | null };
  }
  const message = (body as ErrorBody)?.error?.message;
  return { ok: false, status: response.status, message: typeof message === "string" && message ? message : options.failed };
}

/** A JSON request body with its content type, for spreading into `apiRequest`'s init. */
export function jsonBody(value: unknown): Pick<RequestInit, "headers" | "body"> {
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}
