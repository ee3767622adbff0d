/**
 * A local stand-in for Sentry's ingest endpoint, so tests can run the real SDK and inspect exactly what it would send.
 *
 * Accepts `POST /api/<project>/envelope/`, gunzips when asked, splits the newline-delimited envelope into items and
 * keeps both the raw text (for "this string never left the process" assertions) and the parsed events.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, inflateSync } from "node:zlib";

/** One item of an envelope: its header and its payload, parsed as JSON when it is JSON. */
export type EnvelopeItem = { header: Record<string, unknown>; payload: unknown };

/** A parsed envelope. */
export type Envelope = { header: Record<string, unknown>; items: EnvelopeItem[] };

/** What `startSentrySink` returns. */
export type SentrySink = {
  /** A DSN pointing at this server: `http://publickey@127.0.0.1:<port>/1`. */
  dsn: string;
  /** Error and transaction payloads, in arrival order. */
  events: Record<string, unknown>[];
  /** Every envelope, parsed. */
  envelopes: Envelope[];
  /** Every envelope body as received (after decompression), for raw-text searches. */
  rawEnvelopes: string[];
  /** Resolves once at least `count` events have arrived; rejects after `timeoutMs`. */
  waitForEvents: (count: number, timeoutMs?: number) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

const ENVELOPE_PATH = /^\/api\/[^/]+\/envelope\/?$/;
const EVENT_TYPES = new Set(["event", "transaction"]);

/** Splits an envelope body: a header line, then items of (header line, payload of `length` bytes or one line). */
export function parseEnvelope(body: Buffer): Envelope {
  let offset = 0;
  const readLine = (): Buffer => {
    const end = body.indexOf(0x0a, offset);
    const line = body.subarray(offset, end === -1 ? body.length : end);
    offset = end === -1 ? body.length : end + 1;
    return line;
  };
  const header = JSON.parse(readLine().toString("utf8")) as Record<string, unknown>;
  const items: EnvelopeItem[] = [];
  while (offset < body.length) {
    const headerLine = readLine().toString("utf8").trim();
    if (!headerLine) continue;
    const itemHeader = JSON.parse(headerLine) as Record<string, unknown>;
    let raw: Buffer;
    if (typeof itemHeader.length === "number") {
      raw = body.subarray(offset, offset + itemHeader.length);
      offset += itemHeader.length;
      if (body[offset] === 0x0a) offset += 1;
    } else {
      raw = readLine();
    }
    const text = raw.toString("utf8");
    let payload: unknown = text;
    try {
      payload = JSON.parse(text);
    } catch {
      // Attachments and some item types are not JSON; keep their text.
    }
    items.push({ header: itemHeader, payload });
  }
  return { header, items };
}

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "deflate") return inflateSync(body);
  return body;
}

/** Starts the sink on 127.0.0.1 with a random free port. */
export async function startSentrySink(): Promise<SentrySink> {
  const events: Record<string, unknown>[] = [];
  const envelopes: Envelope[] = [];
  const rawEnvelopes: string[] = [];
  const waiters = new Set<() => void>();

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (req.method !== "POST" || !ENVELOPE_PATH.test(path)) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      try {
        const body = decode(Buffer.concat(chunks), req.headers["content-encoding"]);
        rawEnvelopes.push(body.toString("utf8"));
        const envelope = parseEnvelope(body);
        envelopes.push(envelope);
        for (const item of envelope.items) {
          if (EVENT_TYPES.has(String(item.header.type))) events.push(item.payload as Record<string, unknown>);
        }
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      } catch (error) {
        res.writeHead(400).end(String(error));
      }
      for (const wake of waiters) wake();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const waitForEvents = (count: number, timeoutMs = 5_000) =>
    new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const check = () => {
        if (events.length < count) return false;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(events);
        return true;
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`Sentry sink: expected ${count} event(s), got ${events.length} within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) waiters.add(check);
    });

  return {
    dsn: `http://publickey@127.0.0.1:${port}/1`,
    events,
    envelopes,
    rawEnvelopes,
    waitForEvents,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
