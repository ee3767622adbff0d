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
      switch (req.url) {
        case "/ok":
          return send(200, JSON.stringify({ deleted: 3 }));
        case "/no-content":
          return send(204);
        case "/error-with-message":
          return send(409, JSON.stringify({ error: { code: "conflict", message: "Already finished." } }));
        case "/error-without-message":
          return send(500, JSON.stringify({ error: { code: "internal" } }));
        case "/error-html":
          res.writeHead(502, { "content-type": "text/html" });
          return res.end("<h1>Bad gateway</h1>");
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
    });
  });

  it("falls back to the failed message when the error has no message or is not JSON", async () => {
    expect(await apiRequest(`${base}/error-without-message`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 500,
      message: messages.failed,
    });
    expect(await apiRequest(`${base}/error-html`, { method: "POST" }, messages)).toEqual({
      ok: false,
      status: 502,
      message: messages.failed,
    });
  });

  it("treats the listed statuses as success", async () => {
    expect(await apiRequest(`${base}/missing`, { method: "DELETE" }, messages)).toMatchObject({ ok: false, status: 404 });
    expect(await apiRequest(`${base}/missing`, { method: "DELETE" }, { ...messages, okStatuses: [404] })).toEqual({
      ok: true,
      status: 404,
      body: { error: { message: "Session not found." } },
    });
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
