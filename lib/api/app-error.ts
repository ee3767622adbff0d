/**
 * One error type for everything the app refuses on purpose. Each code maps to one HTTP status and one JSON shape:
 * `{ "error": { "code", "message", "fields"? } }`.
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  unprocessable: 422,
  unauthorized: 401,
  /** The plan does not include this feature. */
  payment_required: 402,
  /** A member whose role lacks the permission (another user's or organisation's object is a 404 instead). */
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  /** An expired or revoked link. */
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  /** The database cannot be reached: try again shortly. */
  database_unavailable: 503,
  /** No AI is configured, or the provider failed: the browser falls back (its own voice, typing). */
  ai_unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → messages, as a form shows them beside each input. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  /** Extra response headers, e.g. Retry-After on a 429. */
  readonly headers?: Record<string, string>;
  /** Where to upgrade, on a 402: the pricing page (with the organisation's slug for a team). */
  readonly upgradeUrl?: string;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldErrors; headers?: Record<string, string>; upgradeUrl?: string } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
    this.upgradeUrl = options.upgradeUrl;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors; upgradeUrl?: string; requestId?: string } };

export function errorBody(error: AppError, requestId?: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.upgradeUrl ? { upgradeUrl: error.upgradeUrl } : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
}
