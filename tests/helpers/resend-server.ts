/**
 * A local stand-in for Resend's API, so tests run the real `resend` SDK over real HTTP and inspect what it sent.
 *
 * - `POST /emails` (what `resend.emails.send` calls): records the request and answers `{ id }` like Resend, or the
 *   failure a test queued with `failNext` (Resend's error shape `{ statusCode, name, message }`, a raw body, or
 *   silence).
 * - Anything else: 404 in Resend's error shape, recorded too, so a test can see a call it did not expect.
 *
 * Every request is recorded with its method, path, headers and parsed JSON body. Listens on 127.0.0.1, port 0.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedResendRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The JSON body, parsed; undefined when there was none or it was not JSON. */
  body: Record<string, unknown> | undefined;
};

/**
 * A failure to answer with: Resend's JSON error (default), a raw, non-JSON body (a proxy's HTML 502, say), or no
 * answer at all (the request is recorded and left open until the client gives up or the server closes).
 */
export type ResendFailure =
  | { status: number; name?: string; message?: string }
  | { status: number; raw: string }
  | { stall: true };

export type ResendServer = {
  /** Pass as the SDK's `baseUrl`: `http://127.0.0.1:<port>`. */
  url: string;
  /** Every request, in arrival order. */
  requests: RecordedResendRequest[];
  /** The ids answered so far, in order. */
  sentIds: string[];
  /** Makes the next send fail (queued, first in, first out). */
  failNext: (failure: ResendFailure) => void;
  /** Forgets recorded requests and queued failures. */
  reset: () => void;
  close: () => Promise<void>;
};

function sendJson(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function parseJson(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function answerFailure(response: http.ServerResponse, failure: ResendFailure) {
  if ("stall" in failure) return;
  if ("raw" in failure) {
    response.writeHead(failure.status, { "content-type": "text/html" });
    response.end(failure.raw);
    return;
  }
  sendJson(response, failure.status, {
    statusCode: failure.status,
    name: failure.name ?? (failure.status >= 500 ? "internal_server_error" : "validation_error"),
    message: failure.message ?? "Scripted failure.",
  });
}

export async function startResendServer(): Promise<ResendServer> {
  const requests: RecordedResendRequest[] = [];
  const sentIds: string[] = [];
  const failures: ResendFailure[] = [];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      const body = parseJson(Buffer.concat(chunks).toString("utf8"));
      requests.push({ method: request.method ?? "", path, headers: request.headers, body });
      if (request.method !== "POST" || path !== "/emails") {
        sendJson(response, 404, { statusCode: 404, name: "not_found", message: "Route not found." });
        return;
      }
      const failure = failures.shift();
      if (failure) {
        answerFailure(response, failure);
        return;
      }
      const id = randomUUID();
      sentIds.push(id);
      sendJson(response, 200, { id });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sentIds,
    failNext: (failure) => void failures.push(failure),
    reset: () => {
      requests.length = 0;
      sentIds.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
