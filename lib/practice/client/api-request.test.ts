import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRequest, jsonBody } from "./api-request";

const messages = { failed: "We could not do it. Please try again.", offline: "We could not reach the server." };

let server: http.Server;
let base: string;
const received: { method?: string; contentType?: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ method: req.method, contentType: req.headers["content-type"], body });
      const send = (status: number, text?: string) => {
        res.writeHead(status, text === undefined ? {} : { "content-type": "application/json" });
        res.end(text);
      };
      switch (new URL(req.url ?? "/", "http://x").pathname) {
        case "/ok":
          return send(200, JSON.stringify({ deleted: 3 }));
        case "/no-content":
          return send(204);
        case "/payment-required":
          return send(402, JSON.stringify({ error: { code: "payment_required", message: "Upgrade.", upgradeUrl: new URL(req.url ?? "/", "http://x").searchParams.get("to") } }));
        case "/error-with-message":
          return send(409, JSON.stringify({ error: { code: "conflict", message: "Already finished." } }));
        case "/error-without-message":
          return send(500, JSON.stringify({ error: { code: "internal" } }));
        case "/error-html":
          res.writeHead(502, { "content-type": "text/html" });
          return res.end("<h1>Bad gateway</h1>");
        case "/rate-limited-seconds":
          res.writeHead(429, { "content-type": "application/json", "Retry-After": "120" });
          return res.end(JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }));
        case "/rate-limited-date":
          // An HTTP-date Retry-After, 90 seconds after the time the test passes in the query string.
          res.writeHead(429, {
            "content-type": "application/json",
            "Retry-After": new Date(Number(new URL(req.url ?? "", "http://x").searchParams.get("now")) + 90_000).toUTCString(),
          });
          return res.end(JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }));
        case "/retry-after-garbage":
          res.writeHead(503, { "content-type": "application/json", "Retry-After": "soon" });
          return res.end(JSON.stringify({ error: { code: "ai_unavailable" } }));
        case "/validation":
          return send(
            422,
            JSON.stringify({
              error: { code: "validation_failed", message: "Check the form.", fields: { count: ["Too many."], type: [3, "Pick one."], empty: [], bad: "x" } },
            }),
          );
        case "/upload":
          return send(200, JSON.stringify({ text: "hello" }));
        case "/allowance":
          res.writeHead(429, { "content-type": "application/json", "RateLimit-Limit": "5", "RateLimit-Remaining": "0" });
          return res.end(JSON.stringify({ error: { code: "rate_limited", message: "Slow down." } }));
        case "/missing":
          return send(404, JSON.stringify({ error: { message: "Session not found." } }));
        default:
          return send(418);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("apiRequest", () => {
  it("returns the parsed body of a successful response", async () => {
    const result = await apiRequest<{ deleted: number }>(`${base}/ok`, { method: "DELETE", ...jsonBody({ confirm: "delete all" }) }, messages);
    expect(result).toEqual({ ok: true, status: 200, body: { deleted: 3 } });
    expect(received.at(-1)).toEqual({ method: "DELETE", contentType: "application/json", body: '{"confirm":"delete all"}' });
  });

  it("reads an empty success body as null", async () => {
    expect(await apiRequest(`${base}/no-content`, { method: "POST" }, messages)).toEqual({ ok: true, status: 204, body: null });
  });

  it("shows the server's error message when it gives one", async () => {
    expect(await apiRequest(`${base}/error-with-message`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 409,
      message: "Already finished.",
      code: "conflict",
    });
  });

  it("falls back to the failed message when the error has no message or is not JSON", async () => {
    expect(await apiRequest(`${base}/error-without-message`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 500,
      message: messages.failed,
      code: "internal",
    });
    expect(await apiRequest(`${base}/error-html`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 502,
      message: messages.failed,
    });
  });

  it("reads a Retry-After in seconds, with the error code", async () => {
    expect(await apiRequest(`${base}/rate-limited-seconds`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 429,
      message: "Slow down.",
      code: "rate_limited",
      retryAfterSeconds: 120,
    });
  });

  it("reads a Retry-After given as an HTTP date", async () => {
    // HTTP dates have whole-second precision, so the wait is 89 to 91 seconds depending on when the second turns.
    const now = Math.floor(Date.now() / 1000) * 1000;
    const result = await apiRequest(`${base}/rate-limited-date?now=${now}`, { method: "POST" }, messages);
    expect(result).toMatchObject({ ok: false, status: 429, code: "rate_limited" });
    const wait = result.ok ? undefined : result.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(88);
    expect(wait).toBeLessThanOrEqual(91);
  });

  it("leaves out an unreadable Retry-After", async () => {
    const result = await apiRequest(`${base}/retry-after-garbage`, { method: "POST" }, messages);
    expect(result).toEqual({ ok: false, status: 503, message: messages.failed, code: "ai_unavailable" });
    expect(result).not.toHaveProperty("retryAfterSeconds");
  });

  it("returns the field errors, keeping only string messages", async () => {
    expect(await apiRequest(`${base}/validation`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 422,
      message: "Check the form.",
      code: "validation_failed",
      fields: { count: ["Too many."], type: ["Pick one."] },
    });
  });

  it("has no code, fields or wait on a plain failure", async () => {
    const result = await apiRequest(`${base}/error-html`, { method: "POST" }, messages);
    expect(result).not.toHaveProperty("code");
    expect(result).not.toHaveProperty("fields");
    expect(result).not.toHaveProperty("retryAfterSeconds");
  });

  it("sends a FormData body as multipart", async () => {
    const form = new FormData();
    form.append("audio", new Blob(["RIFF"], { type: "audio/wav" }), "answer.wav");
    expect(await apiRequest<{ text: string }>(`${base}/upload`, { method: "POST", body: form }, messages)).toEqual({
      ok: true,
      status: 200,
      body: { text: "hello" },
    });
    const sent = received.at(-1)!;
    expect(sent.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body).toContain('filename="answer.wav"');
    expect(sent.body).toContain("RIFF");
  });

  it("treats the listed statuses as success", async () => {
    expect(await apiRequest(`${base}/missing`, { method: "DELETE" }, messages)).toMatchObject({ ok: false, status: 404 });
    expect(await apiRequest(`${base}/missing`, { method: "DELETE" }, { ...messages, okStatuses: [404] })).toEqual({
      ok: true,
      status: 404,
      body: { error: { message: "Session not found." } },
    });
  });

  it("hands the response headers to onHeaders, on failure as on success", async () => {
    const seen: (string | null)[] = [];
    const onHeaders = (headers: Headers) => seen.push(headers.get("RateLimit-Remaining"));
    expect(await apiRequest(`${base}/allowance`, { method: "POST" }, { ...messages, onHeaders })).toMatchObject({ ok: false, status: 429 });
    expect(await apiRequest(`${base}/ok`, { method: "POST" }, { ...messages, onHeaders })).toMatchObject({ ok: true });
    expect(seen).toEqual(["0", null]);
  });

  it("gives the offline message when the request cannot be made", async () => {
    // A port nothing listens on: the real fetch rejects.
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await apiRequest(`http://127.0.0.1:${port}/ok`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: null,
      message: messages.offline,
    });
  });

  it("uses the fetch it is given", async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      throw new TypeError("Failed to fetch");
    };
    expect(await apiRequest("/api/x", { method: "POST" }, { ...messages, fetch: fakeFetch })).toEqual({
      ok: false,
      status: null,
      message: messages.offline,
    });
    expect(calls).toEqual(["/api/x"]);
  });
});

describe("apiRequest on a 402", () => {
  it("keeps an upgrade link on this site and drops one that leads elsewhere", async () => {
    const to = async (url: string) => {
      const result = await apiRequest(`${base}/payment-required?to=${encodeURIComponent(url)}`, { method: "POST" }, messages);
      return result.ok ? undefined : result.upgradeUrl;
    };
    expect(await to("/pricing?org=acme")).toBe("/pricing?org=acme");
    expect(await to("//evil.example/pricing")).toBeUndefined();
    expect(await to("/\\evil.example")).toBeUndefined();
    expect(await to("https://evil.example/pricing")).toBeUndefined();
  });
});
