/**
 * The app's HTTP server: Next's own request handler behind a node:http server that stamps each request with the
 * socket's address. Next's built-in server only fills x-forwarded-for when a client left it out, so a client could
 * otherwise pick its own IP; lib/security/client-ip.ts trusts this header unless TRUST_PROXY says a proxy sets the IP.
 *
 *   node server.mjs [--dev] [--port 3000] [--hostname localhost] [--shutdown-timeout 10]
 *
 * Where to listen comes from the flags, else from PORT and HOSTNAME (what hosts and `next start` set), else
 * localhost:3000. This file runs outside Next's bundle, before lib/env.ts can load, so it reads those two variables
 * itself; everything else reads the environment through lib/env.ts. Port 0 asks the OS for a free port; the ready
 * line says which one.
 *
 * On SIGTERM or SIGINT it stops accepting connections, lets open responses (answer-feedback streams) finish for up to
 * --shutdown-timeout seconds (10; 0 with --dev) and then cuts them off, closes what the app holds open (the database,
 * through the hook instrumentation.ts installs), and exits 0. A second signal cuts the open responses off at once.
 */
import { createServer } from "node:http";
import { BlockList, isIP } from "node:net";
import { debuglog, parseArgs } from "node:util";
import next from "next";

// Must match SOCKET_IP_HEADER in lib/security/client-ip.ts.
const SOCKET_IP_HEADER = "x-rehearse-socket-ip";
// Must match SHUTDOWN_HOOK in instrumentation.ts.
const SHUTDOWN_HOOK = "__rehearseShutdown";
// Next's own shutdown work (after() callbacks) and the app's hook each get this long once the connections are closed.
const CLEANUP_TIMEOUT_MS = 5_000;

/** One line per client that went away, printed only with NODE_DEBUG=rehearse-server: routine, not an error. */
const debug = debuglog("rehearse-server");

/**
 * How Node reports a client that went away mid-request (a closed tab, a cancelled fetch, a phone losing its signal):
 * "aborted" or a reset. Nothing is wrong with the server, and the response has nowhere to go.
 */
const clientWentAway = (error) => ["ECONNRESET", "ECONNABORTED", "EPIPE"].includes(error?.code);

/**
 * Every request stream has an error listener, so a client that goes away half-way through its body is never an
 * uncaught exception, whichever part of Next is reading it. Other stream errors are logged: code only, since the
 * path and body can carry personal data.
 */
function watchForClientGone(request, response) {
  request.on("error", (error) => {
    if (clientWentAway(error)) debug("client went away during the request body (%s, %s)", request.method, error.code);
    else console.error(`Rehearse: request stream failed (${request.method}, ${error?.code ?? "no code"})`);
  });
  response.once("close", () => {
    if (!response.writableFinished) debug("client went away before the response ended (%s)", request.method);
  });
}

function fail(message) {
  console.error(`server.mjs: ${message}`);
  process.exit(1);
}

/** Empty counts as unset, as in lib/env.ts. */
const setting = (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        dev: { type: "boolean", default: false },
        port: { type: "string" },
        hostname: { type: "string" },
        "shutdown-timeout": { type: "string" },
      },
    }).values;
  } catch (error) {
    fail(error.message);
  }
  const portSource = setting(parsed.port) ? "--port" : "PORT";
  const portText = setting(parsed.port) ?? setting(process.env.PORT) ?? "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) fail(`${portSource} must be a port number (0-65535), got "${portText}"`);
  // Brackets belong in URLs, not in listen(): "[::1]" means "::1".
  const hostname = (setting(parsed.hostname) ?? setting(process.env.HOSTNAME) ?? "localhost").replace(/^\[(.*)\]$/, "$1");
  // In development nothing is worth waiting for, and the HMR socket would hold every stop for the whole timeout.
  const timeoutText = setting(parsed["shutdown-timeout"]) ?? (parsed.dev ? "0" : "10");
  const shutdownTimeoutMs = Number(timeoutText) * 1000;
  if (!(shutdownTimeoutMs >= 0)) fail(`--shutdown-timeout must be a number of seconds, got "${timeoutText}"`);
  return { dev: parsed.dev, port, hostname, shutdownTimeoutMs };
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

/**
 * The hostname Next builds its absolute request URLs from: the proxy's `request.url`, and the URL it compares a
 * proxy's rewrite with to tell an internal rewrite from an external one. It is not where we listen.
 *
 * Next's NextURL renames any loopback literal (127.x.y.z, [::1]) to "localhost", so with `hostname: "127.0.0.1"` the
 * proxy sees http://localhost:PORT/…, Clerk's middleware turns NextResponse.next() into a rewrite to that URL, and
 * Next, finding the origin differs from its own http://127.0.0.1:PORT, proxies the request over HTTP to localhost
 * (back to itself, or to ::1 where nothing listens) instead of serving it: "Failed to proxy …: socket hang up", 500.
 * Giving Next "localhost" for every loopback address (NextURL's own name for them) and for the wildcard addresses
 * (reachable there too) keeps the two origins equal; any other address NextURL leaves alone, so it is passed as is.
 */
function nextHostnameFor(hostname) {
  const family = isIP(hostname);
  if (hostname === "localhost" || hostname === "0.0.0.0" || hostname === "::") return "localhost";
  if (family && LOOPBACK.check(hostname, family === 6 ? "ipv6" : "ipv4")) return "localhost";
  return hostname;
}

const urlHost = (address) => (isIP(address) === 6 ? `[${address}]` : address);

const { dev, port, hostname, shutdownTimeoutMs } = readOptions();

/** Every response still open, so a shutdown can ask each to be the last on its connection. */
const openResponses = new Set();
/** Every socket, upgraded ones (dev's HMR WebSocket) included: closeAllConnections() knows only HTTP ones. */
const sockets = new Set();
let stopping = false;
let handle;

const server = createServer((request, response) => {
  // Overwrite, never append: whatever a client sent under this name is discarded.
  request.headers[SOCKET_IP_HEADER] = request.socket.remoteAddress ?? "unknown";
  watchForClientGone(request, response);
  openResponses.add(response);
  response.once("close", () => {
    openResponses.delete(response);
    // A kept-alive connection whose last response just ended would otherwise sit idle until its timeout.
    if (stopping) server.closeIdleConnections();
  });
  if (stopping) response.setHeader("Connection", "close");
  (handle ?? waitForHandler)(request, response);
});

let prepared;
async function waitForHandler(request, response) {
  await prepared;
  handle(request, response);
}

server.on("connection", (socket) => {
  sockets.add(socket);
  socket.once("close", () => sockets.delete(socket));
});

/** Ends every connection now, whatever it is doing. */
function cutOffConnections() {
  server.closeAllConnections();
  for (const socket of sockets) socket.destroy();
}

server.once("error", (error) => fail(`cannot listen on ${urlHost(hostname)}:${port}: ${error.message}`));
server.listen(port, hostname, () => {
  // Known only now when the OS chose the port.
  const address = server.address();
  const app = next({ dev, hostname: nextHostnameFor(hostname), port: address.port, httpServer: server });
  prepared = app.prepare().then(
    () => {
      handle = app.getRequestHandler();
      const open = `http://${urlHost(nextHostnameFor(hostname))}:${address.port}`;
      console.log(`Rehearse ${dev ? "(dev) " : ""}ready on ${open} (listening on ${urlHost(address.address)}:${address.port})`);
      return app;
    },
    (error) => fail(`Next did not start: ${error instanceof Error ? error.stack : String(error)}`),
  );
});

/**
 * Runs `work` and resolves with "done", "failed" (logged) or "timed out" after `ms`: shutdown must get past whatever
 * a step does.
 */
function bounded(what, work, ms) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timed out"), ms);
  });
  const outcome = Promise.resolve()
    .then(work)
    .then(
      () => "done",
      (error) => {
        console.error(`Rehearse: ${what} failed`, error);
        return "failed";
      },
    );
  return Promise.race([outcome, timeout]).finally(() => clearTimeout(timer));
}

async function shutDown(signal) {
  stopping = true;
  console.log(`Rehearse: ${signal}, no new connections; waiting up to ${shutdownTimeoutMs / 1000} s for ${openResponses.size} open response(s)`);
  // Each response still to start its headers is the last on its connection.
  for (const response of openResponses) if (!response.headersSent) response.setHeader("Connection", "close");
  // close() stops accepting and drops idle kept-alive connections; its callback runs once every connection has ended.
  const drained = new Promise((resolve) => server.close(() => resolve()));
  const cutOff = setTimeout(() => {
    if (sockets.size === 0) return;
    console.log(`Rehearse: ${openResponses.size} response(s) still open after ${shutdownTimeoutMs / 1000} s; closing them`);
    cutOffConnections();
  }, shutdownTimeoutMs);
  await drained;
  clearTimeout(cutOff);

  let clean = true;
  // A signal that came while Next was still starting has nothing of Next's to close.
  const app = handle ? await prepared : undefined;
  if (app) {
    // Next finishes its after() and waitUntil work here.
    const closed = await bounded("Next's close", () => app.close(), CLEANUP_TIMEOUT_MS);
    if (closed !== "done") clean = false;
  }
  const hook = globalThis[SHUTDOWN_HOOK];
  if (typeof hook === "function") {
    const outcome = await bounded("closing the app's resources", hook, CLEANUP_TIMEOUT_MS);
    if (outcome !== "done") clean = false;
    console.log(`Rehearse: app resources ${outcome === "done" ? "closed" : outcome}`);
  } else if (app) {
    console.log("Rehearse: no shutdown hook installed (instrumentation did not run); nothing to close");
  }
  console.log(`Rehearse: stopped${clean ? "" : " (not cleanly)"}`);
  process.exit(clean ? 0 : 1);
}

let shuttingDown;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (shuttingDown) {
      console.log(`Rehearse: ${signal} again; closing open responses now`);
      cutOffConnections();
      return;
    }
    shuttingDown = shutDown(signal).catch((error) => {
      console.error("Rehearse: shutdown failed", error);
      process.exit(1);
    });
  });
}
