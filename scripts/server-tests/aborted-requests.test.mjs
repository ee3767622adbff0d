/**
 * server.mjs when a client goes away mid-request, as a browser does when a tab closes, a navigation cancels a fetch or
 * a phone loses its signal: the server must not log an uncaught exception ("Error: aborted", ECONNRESET) and must
 * keep serving. Each aborted request is sent over a raw socket, so the test decides exactly how far it gets.
 * With NODE_DEBUG=rehearse-server the server says, on one debug line, that it saw a client go away; the POST test
 * waits for that line (or for an uncaught exception) instead of for a length of time.
 *   node --test scripts/server-tests/*.test.mjs      (after `next build`; scripts/e2e.mjs runs it)
 */
import assert from "node:assert/strict";
import net from "node:net";
import { after, before, describe, it } from "node:test";
import { startInstance } from "./instance.mjs";

const HOST = "127.0.0.1";
const BODY = JSON.stringify({
  answer:
    "Our release pipeline failed every Friday. As the on-call lead I had to fix it within a sprint. I traced the " +
    "failures to a flaky integration test, quarantined it and added retries. Failed releases fell from four a month to none.",
});
const CLIENT_GONE = /REHEARSE-SERVER \d+: client went away/g;
const UNCAUGHT = /uncaughtException/;

/** Resolves once `predicate(log)` holds, polling the server's output; rejects with the log after `ms`. */
async function logSatisfies(instance, predicate, ms, message) {
  const deadline = Date.now() + ms;
  while (!predicate(instance.log())) {
    if (Date.now() > deadline) throw new Error(`${message}\n--- server output ---\n${instance.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const goneCount = (log) => log.match(CLIENT_GONE)?.length ?? 0;

/** A connected raw socket, and a promise of the first chunk the server sends on it. */
async function rawConnection(port) {
  const socket = net.connect({ host: HOST, port });
  await new Promise((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  socket.on("error", () => undefined);
  const firstChunk = new Promise((resolve) => socket.once("data", (chunk) => resolve(chunk.toString("latin1"))));
  return { socket, firstChunk };
}

/** The server answers a fresh request after the aborted ones, and printed no uncaught exception for any of them. */
async function assertStillServing(instance, origin) {
  const response = await fetch(`${origin}/api/health`);
  assert.equal(response.status, 200);
  await response.arrayBuffer();
  assert.doesNotMatch(instance.log(), UNCAUGHT, instance.log());
  assert.equal(instance.isRunning(), true);
}

describe("server.mjs and clients that go away", { timeout: 180_000 }, () => {
  let instance;
  let port;
  let origin;
  before(async () => {
    instance = startInstance({ hostname: HOST, env: { NODE_DEBUG: "rehearse-server" } });
    ({ port, origin } = await instance.ready());
  });
  after(async () => {
    await instance?.dispose();
  });

  it("survives a POST whose client goes away half-way through the declared body", async () => {
    const seen = goneCount(instance.log());
    const { socket, firstChunk } = await rawConnection(port);
    socket.write(
      `POST /api/star-score HTTP/1.1\r\nHost: ${HOST}:${port}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(BODY)}\r\nExpect: 100-continue\r\n\r\n`,
    );
    // The server asked for the body, so the request is under way when half of it arrives and the socket dies.
    assert.match(await firstChunk, /^HTTP\/1\.1 100 Continue/);
    socket.write(BODY.slice(0, BODY.length / 2));
    socket.resetAndDestroy();
    await logSatisfies(instance, (log) => UNCAUGHT.test(log) || goneCount(log) > seen, 30_000, "the server never noticed the client go");
    await assertStillServing(instance, origin);
    // The same request, sent whole, is answered: nothing of the aborted one is left in the way.
    const scored = await fetch(`${origin}/api/star-score`, { method: "POST", headers: { "content-type": "application/json" }, body: BODY });
    assert.equal(scored.status, 200, await scored.text());
  });

  it("survives a GET whose client goes away once the response has begun", async () => {
    const { socket, firstChunk } = await rawConnection(port);
    socket.write(`GET /tools/star-scorer HTTP/1.1\r\nHost: ${HOST}:${port}\r\n\r\n`);
    assert.match(await firstChunk, /^HTTP\/1\.1 200/);
    socket.resetAndDestroy();
    await assertStillServing(instance, origin);
  });
});
