/**
 * server.mjs on SIGTERM / SIGINT: no new connections, open responses finish (or are cut off after the shutdown
 * timeout), the database is closed through the hook instrumentation.ts installs, and the process exits 0.
 *
 * No route streams slowly without an AI provider, so the in-flight request here is held open by its client instead: a
 * POST /api/star-score sent with `Expect: 100-continue` and its body held back. The server's "100 Continue" proves
 * the request reached the app before the signal; the body goes out only after the server has stopped accepting
 * connections, so the app cannot answer before the shutdown began. A kept-alive idle connection rides along.
 *   node --test scripts/server-tests/*.test.mjs      (after `next build`; scripts/e2e.mjs runs it)
 */
import assert from "node:assert/strict";
import http from "node:http";
import net from "node:net";
import { afterEach, describe, it } from "node:test";
import { startInstance } from "./instance.mjs";

const HOST = "127.0.0.1";
const BODY = JSON.stringify({
  answer:
    "Our release pipeline failed every Friday. As the on-call lead I had to fix it within a sprint. I traced the " +
    "failures to a flaky integration test, quarantined it and added retries. Failed releases fell from four a month to none.",
});

/** Rejects with `message` unless `promise` settles within `ms`. */
function within(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A JSON POST whose headers go out now and whose body goes out when the caller calls `send()`. */
function heldBackPost(port, path, body) {
  const request = http.request({
    host: HOST,
    port,
    path,
    method: "POST",
    agent: false,
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
  });
  const failed = new Promise((_, reject) => request.once("error", reject));
  failed.catch(() => undefined);
  const continued = Promise.race([new Promise((resolve) => request.once("continue", resolve)), failed]);
  const response = Promise.race([
    new Promise((resolve, reject) => {
      request.once("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.once("end", () => resolve({ status: res.statusCode, headers: res.headers, text }));
        res.once("error", reject);
      });
    }),
    failed,
  ]);
  response.catch(() => undefined);
  request.flushHeaders();
  return { continued, response, send: () => request.end(body) };
}

/** A GET /api/health on a kept-alive connection; resolves with that connection's socket once it is idle. */
function idleKeptAliveSocket(port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return new Promise((resolve, reject) => {
    const request = http.get({ host: HOST, port, path: "/api/health", agent }, (response) => {
      assert.equal(response.headers.connection, "keep-alive");
      response.resume();
      response.once("end", () => setImmediate(() => resolve(request.socket)));
    });
    request.once("error", reject);
  });
}

/** Resolves once a new TCP connection to the port is refused (polls; the server is shutting down). */
async function connectionsRefused(port) {
  for (;;) {
    const outcome = await new Promise((resolve) => {
      const socket = net.connect({ host: HOST, port });
      socket.once("connect", () => {
        socket.destroy();
        resolve("accepted");
      });
      socket.once("error", (error) => resolve(error.code));
    });
    if (outcome === "ECONNREFUSED") return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("server.mjs shutdown", { timeout: 180_000 }, () => {
  let instance;
  afterEach(async () => {
    await instance?.dispose();
    instance = undefined;
  });

  it("finishes an in-flight request, refuses new connections, closes the database and exits 0 on SIGTERM", async () => {
    instance = startInstance({ hostname: HOST, args: ["--shutdown-timeout", "60"] });
    const { port } = await instance.ready();
    const idle = await idleKeptAliveSocket(port);
    const idleClosed = new Promise((resolve) => idle.once("close", resolve));
    const upload = heldBackPost(port, "/api/star-score", BODY);
    await within(upload.continued, 30_000, "the server never answered 100 Continue");

    instance.child.kill("SIGTERM");
    await within(connectionsRefused(port), 30_000, `new connections were still accepted 30 s after SIGTERM\n${instance.log()}`);
    await within(idleClosed, 30_000, "the idle kept-alive connection was not closed");
    assert.equal(instance.isRunning(), true, "the server exited with a request still in flight");

    upload.send();
    const response = await within(upload.response, 30_000, "the in-flight request got no response");
    assert.equal(response.status, 200, response.text);
    assert.equal(JSON.parse(response.text).engine, "rubric");
    assert.equal(response.headers.connection, "close");

    const { code, signal } = await within(instance.exited, 30_000, `the server did not exit\n${instance.log()}`);
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, instance.log());
    assert.match(instance.log(), /SIGTERM, no new connections; waiting up to 60 s for 1 open response/);
    assert.match(instance.log(), /app resources closed/);
    assert.match(instance.log(), /Rehearse: stopped$/m);
  });

  it("cuts off a response still open after the shutdown timeout and exits 0 on SIGINT", async () => {
    instance = startInstance({ hostname: HOST, args: ["--shutdown-timeout", "1"] });
    const { port } = await instance.ready();
    const upload = heldBackPost(port, "/api/star-score", BODY);
    await within(upload.continued, 30_000, "the server never answered 100 Continue");

    instance.child.kill("SIGINT");
    await assert.rejects(within(upload.response, 30_000, "the open request was never cut off"), /socket hang up|ECONNRESET/);

    const { code, signal } = await within(instance.exited, 30_000, `the server did not exit\n${instance.log()}`);
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, instance.log());
    assert.match(instance.log(), /1 response\(s\) still open after 1 s; closing them/);
    assert.match(instance.log(), /app resources closed/);
  });
});
