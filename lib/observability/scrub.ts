/**
 * Removes personal data from anything that leaves the process for Sentry or the logs.
 *
 * Interview answers, CV text, job descriptions and contact details are the candidate's, not ours: they are redacted by
 * key wherever they sit, emails are masked in any string, and free text that may echo user input (quoted prose,
 * `answer: …` pairs, Postgres row dumps, long breadcrumb messages) is replaced. Key-based redaction is the guarantee;
 * the free-text rules are a best-effort second line, so code should still never put user text into error messages.
 * Pure and runtime-agnostic, so the browser SDK, the server SDK and the logger share exactly one set of rules.
 */
import type { Breadcrumb, Event, RequestEventData, StackFrame } from "@sentry/nextjs";

/** What every redacted value becomes; the same marker Sentry's own scrubbers use. */
export const REDACTED = "[Filtered]";

/**
 * Keys whose values may hold a candidate's own words or identity, or a credential. Matched case-insensitively and
 * ignoring `_`, `-`, `.` and spaces, so `cvText`, `cv_text` and `CV-Text` are one key. `question` is deliberately absent:
 * questions come from our bank or our prompts, and they are what makes an error report readable.
 */
export const SENSITIVE_KEYS = [
  // the candidate's own text
  "cvText", "cv_text", "cv", "resume", "answer", "answerText", "answer_text", "answers", "transcript",
  "jobDescription", "job_description", "goals", "targetRole", "target_role", "feedback", "summary",
  "prompt", "messages", "content", "text", "body", "input",
  // a follow-up question quotes the answer it follows, unlike the session's own questions
  "followUp", "follow_up",
  // identity and network identity
  "email", "displayName", "display_name", "name", "username", "phone", "ip", "ip_address", "x-forwarded-for", "x-real-ip",
  // credentials and query strings (which carry form fields and tokens)
  "password", "token", "access_token", "refresh_token", "id_token", "secret", "client_secret", "authorization",
  "cookie", "cookies", "set-cookie", "api_key", "query", "query_string", "http.query", "url.query",
] as const;

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const normalizeKey = (key: string) => key.toLowerCase().replace(/[_\-.\s]/g, "");
const SENSITIVE = new Set(SENSITIVE_KEYS.map(normalizeKey));

/**
 * True when a value stored under `key` must never be sent or logged. Dotted attribute names (`gen_ai.prompt`,
 * `http.request.body.data`, `user.email`) are sensitive when any segment is.
 */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE.has(normalizeKey(key)) || key.split(".").some((segment) => SENSITIVE.has(normalizeKey(segment)));
}

/** Keys that hold a URL or path: their query string is dropped, since forms and magic links put data there. */
const URL_KEYS = new Set(
  ["url", "href", "from", "to", "referer", "referrer", "request_path", "path", "target", "http.url", "http.target", "url.full", "transaction"].map(
    normalizeKey,
  ),
);

/** Headers worth keeping on `event.request`: an allowlist, so a new auth or Clerk header can never slip through. */
const KEPT_HEADERS = new Set(["accept", "content-type", "content-length", "host", "user-agent", "referer", "x-request-id"]);

/** Contexts the SDK fills with software facts; their `name` (e.g. `node`, `Linux`) names no person. */
const SDK_CONTEXTS = new Set(["app", "browser", "cloud_resource", "culture", "device", "os", "runtime"]);

/** Breadcrumb messages longer than this, or with this many words, are treated as free text that may be user input. */
const MAX_BREADCRUMB_MESSAGE = 120;
const MAX_BREADCRUMB_WORDS = 12;
const MAX_DEPTH = 8;

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
const URL_QUERY = /(https?:\/\/[^\s?#"'<>]*)\?[^\s#"'<>]*/gi;
// Error messages (JSON.parse, validation libraries) quote the offending input. A quoted run of three or more words is
// prose, so it is user text; quoted paths, identifiers and column names have no spaces and stay readable.
const QUOTED_RUN = /"([^"\n]{12,})"|“([^”\n]{12,})”|`([^`\n]{12,})`|'([^'\n]{12,})'/g;
const isProse = (text: string) => countWords(text) >= 3;
// Postgres echoes whole rows and unique-key values in constraint errors.
const PG_FAILING_ROW = /(Failing row contains )\(.*\)/g;
const PG_KEY_VALUE = /(Key \([^)]*\)=)\(.*?\)/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Keys looked for inside free text (`answer: ...`, `email=...`). Generic words that start ordinary error messages
 * ("Invalid input: expected string", "Failed query: select ...") are left out so messages stay readable; `params`
 * is added because query-builder errors print the bound values, which are user text, after it.
 */
const TEXT_KEYS = [...SENSITIVE_KEYS.filter((k) => !["input", "name", "query"].includes(k)), "params"];
const KEY_ALTERNATION = [...TEXT_KEYS].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const QUOTED_VALUE = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
// `answer: ...` inside a message: the rest of the line may be prose, so all of it goes.
const KEY_COLON = new RegExp(String.raw`(["']?\b(?:${KEY_ALTERNATION})\b["']?\s*:\s*)(?:${QUOTED_VALUE}|[^\n]*)`, "gi");
// `answer=...` may be form encoding (ends at `&`) or a template literal in a message (`answer=${text}`, prose with
// spaces), so an unquoted value runs to the next `&` or the end of the line.
const KEY_EQUALS = new RegExp(String.raw`(\b(?:${KEY_ALTERNATION})\b\s*=\s*)(?:${QUOTED_VALUE}|[^\n&]*)`, "gi");

/** Masks emails, `key: value` pairs for sensitive keys, URL query strings and echoed user input inside free text. */
export function scrubText(text: string): string {
  return text
    .replace(EMAIL, "[email]")
    .replace(URL_QUERY, "$1")
    .replace(PG_FAILING_ROW, `$1(${REDACTED})`)
    .replace(PG_KEY_VALUE, `$1(${REDACTED})`)
    .replace(KEY_COLON, `$1${REDACTED}`)
    .replace(KEY_EQUALS, `$1${REDACTED}`)
    .replace(QUOTED_RUN, (match, ...groups: (string | undefined)[]) => {
      const inner = groups.slice(0, 4).find((g) => g !== undefined) ?? "";
      return isProse(inner) ? match.replace(inner, REDACTED) : match;
    });
}

/** Drops the query string and fragment of a URL or path, keeping what identifies the route. */
export function stripQuery(value: string): string {
  return value.replace(/[?#].*$/s, "");
}

type RedactOptions = { keep?: ReadonlySet<string> };

/**
 * Returns a copy of any JSON-like value with sensitive keys replaced, strings scrubbed and URL queries dropped.
 * Never mutates its input; cycles become `[Circular]` and very deep values `[Truncated]` so a logger cannot hang.
 */
export function redact(value: unknown, options: RedactOptions = {}): unknown {
  return redactInner(value, undefined, new WeakSet(), 0, options.keep);
}

function redactInner(
  value: unknown,
  key: string | undefined,
  seen: WeakSet<object>,
  depth: number,
  keep?: ReadonlySet<string>,
): unknown {
  if (key !== undefined && !keep?.has(key) && isSensitiveKey(key)) return value == null ? value : REDACTED;
  if (typeof value === "string") {
    const scrubbed = scrubText(value);
    return key !== undefined && URL_KEYS.has(normalizeKey(key)) ? stripQuery(scrubbed) : scrubbed;
  }
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Date) return value.toISOString();
  if (seen.has(value)) return "[Circular]";
  if (depth >= MAX_DEPTH) return "[Truncated]";
  seen.add(value);
  try {
    if (value instanceof Error) {
      // Only what identifies the failure: driver errors also carry `detail`/`parameters` with the row being written.
      const code = (value as { code?: unknown }).code;
      return {
        name: value.name,
        message: scrubText(value.message),
        ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
        stack: value.stack && scrubText(value.stack),
      };
    }
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binary ${value.byteLength} bytes]`;
    if (Array.isArray(value)) return value.map((item) => redactInner(item, undefined, seen, depth + 1));
    const out: Record<string, unknown> = {};
    // `keep` exempts keys of the top-level object only (e.g. `runtime.name`), never anything nested deeper.
    for (const [k, v] of Object.entries(value)) out[k] = redactInner(v, k, seen, depth + 1, depth === 0 ? keep : undefined);
    return out;
  } finally {
    // Only the current path counts as a cycle; the same object reached twice by different paths is fine.
    seen.delete(value);
  }
}

/**
 * Scrubs one breadcrumb; used as Sentry's `beforeBreadcrumb`. Console breadcrumbs are dropped outright: they hold
 * whatever any library printed (ORM parameter dumps included), so they cannot be made safe by rules.
 */
export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb | null {
  if (breadcrumb.category === "console") return null;
  const out: Breadcrumb = { ...breadcrumb };
  if (typeof out.message === "string") {
    const message = scrubText(out.message);
    out.message =
      message.length > MAX_BREADCRUMB_MESSAGE || countWords(message) >= MAX_BREADCRUMB_WORDS
        ? `${REDACTED} (${message.length} chars of free text)`
        : message;
  }
  if (out.data) out.data = redact(out.data) as Breadcrumb["data"];
  return out;
}

function scrubRequest(request: RequestEventData): RequestEventData {
  // Bodies, cookies and query strings are where answers, CVs and session tokens travel; none of them is kept.
  const { data: _data, cookies: _cookies, query_string: _query, env: _env, headers, url, ...rest } = request;
  const out: RequestEventData = { ...rest };
  if (url) out.url = stripQuery(scrubText(url));
  if (headers) {
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (KEPT_HEADERS.has(name.toLowerCase())) kept[name] = stripQuery(scrubText(String(value)));
    }
    out.headers = kept;
  }
  return out;
}

function scrubContexts(contexts: NonNullable<Event["contexts"]>): Event["contexts"] {
  const out: Record<string, unknown> = {};
  const keepName = new Set(["name"]);
  for (const [name, context] of Object.entries(contexts)) {
    // `geo` is derived from the client IP: location is personal data we never need to debug an error.
    if (name === "geo") continue;
    out[name] = redact(context, SDK_CONTEXTS.has(name) ? { keep: keepName } : {});
  }
  return out as Event["contexts"];
}

function scrubFrames(frames: StackFrame[] | undefined): StackFrame[] | undefined {
  // Local variables hold whatever the function was working on, which in this app is often an answer.
  return frames?.map(({ vars: _vars, ...frame }) => frame);
}

/**
 * Scrubs a whole event; used as Sentry's `beforeSend` and `beforeSendTransaction`. Returns a scrubbed copy and keeps
 * the exception types, stack frames and route names that make an error debuggable.
 */
export function scrubEvent<T extends Event>(event: T): T {
  const { user: _user, ...rest } = event;
  const out = { ...rest } as T;
  if (out.request) out.request = scrubRequest(out.request);
  if (out.extra) out.extra = redact(out.extra) as T["extra"];
  if (out.tags) out.tags = redact(out.tags) as T["tags"];
  if (out.contexts) out.contexts = scrubContexts(out.contexts);
  if (out.breadcrumbs) out.breadcrumbs = out.breadcrumbs.map(scrubBreadcrumb).filter((b): b is Breadcrumb => b !== null);
  if (out.message) out.message = scrubText(out.message);
  if (out.transaction) out.transaction = stripQuery(scrubText(out.transaction));
  if (out.logentry) {
    out.logentry = {
      ...out.logentry,
      message: out.logentry.message && scrubText(out.logentry.message),
      params: out.logentry.params && (redact(out.logentry.params) as unknown[]),
    };
  }
  if (out.exception?.values) {
    out.exception = {
      ...out.exception,
      values: out.exception.values.map((exception) => ({
        ...exception,
        value: exception.value && scrubText(exception.value),
        stacktrace: exception.stacktrace && { ...exception.stacktrace, frames: scrubFrames(exception.stacktrace.frames) },
      })),
    };
  }
  if (out.spans) {
    out.spans = out.spans.map((span) => ({
      ...span,
      description: span.description && stripQuery(scrubText(span.description)),
      data: redact(span.data) as typeof span.data,
    }));
  }
  return out;
}
