/**
 * A tiny structured logger: one JSON line per call, info to stdout, warnings and errors to stderr.
 *
 * Every field goes through the same redaction as Sentry events, so logging `{ answer }` or a whole profile by mistake
 * writes `[Filtered]`, not the candidate's words. Request and response objects are reduced to method and path: a
 * body is never read, let alone logged.
 */
import { redact, scrubText } from "@/lib/observability/scrub";

/** Log severities, in order. */
export type LogLevel = "info" | "warn" | "error";

/** Where finished lines go; replaceable so tests can capture them. */
export type LogSink = (level: LogLevel, line: string) => void;

/** The logger's interface: an event name in dot.case and optional fields. */
export type Logger = Record<LogLevel, (event: string, fields?: Record<string, unknown>) => void>;

const RESERVED = new Set(["level", "time", "event"]);

/** Writes straight to the streams (not `console`) so the lines do not come back as Sentry console breadcrumbs. */
const defaultSink: LogSink = (level, line) => {
  const stream = typeof process === "undefined" ? undefined : level === "info" ? process.stdout : process.stderr;
  if (stream?.write) stream.write(`${line}\n`);
  else if (level === "info") console.log(line);
  else console[level](line);
};

/** Requests and responses carry bodies and cookies; only what identifies the call is worth a log line. */
function describeHttp(value: unknown): unknown {
  if (typeof Request !== "undefined" && value instanceof Request) {
    return { method: value.method, path: new URL(value.url).pathname };
  }
  if (typeof Response !== "undefined" && value instanceof Response) return { status: value.status };
  return value;
}

/** Builds one log line; exported so the format is unit-tested without touching the streams. */
export function formatLogLine(level: LogLevel, event: string, fields: Record<string, unknown> = {}, now = new Date()): string {
  const record: Record<string, unknown> = { level, time: now.toISOString(), event: scrubText(event) };
  const redacted = redact(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, describeHttp(v)]))) as Record<
    string,
    unknown
  >;
  for (const [key, value] of Object.entries(redacted)) {
    // A field must not overwrite the envelope, or a line could claim a different level or time.
    record[RESERVED.has(key) ? `field_${key}` : key] = value;
  }
  try {
    return JSON.stringify(record);
  } catch {
    // Only reachable with exotic values (e.g. a throwing toJSON); the event itself must still be logged.
    return JSON.stringify({ level, time: record.time, event: record.event, fields: "[Unserializable]" });
  }
}

/** Creates a logger writing to `sink`; the app uses the shared `log` below. */
export function createLogger(sink: LogSink = defaultSink): Logger {
  const at = (level: LogLevel) => (event: string, fields?: Record<string, unknown>) => sink(level, formatLogLine(level, event, fields));
  return { info: at("info"), warn: at("warn"), error: at("error") };
}

/** The app's logger: `log.error("session.score_failed", { sessionId, error })`. */
export const log: Logger = createLogger();
