/**
 * The app's HTTP server: Next's own request handler behind a node:http server that stamps each request with the
 * socket's address. Next's built-in server only fills x-forwarded-for when a client left it out, so a client could
 * otherwise pick its own IP; lib/security/client-ip.ts trusts this header unless TRUST_PROXY says a proxy sets the IP.
 *   node server.mjs [--dev] [--port 3000] [--hostname 0.0.0.0]
 */
import { createServer } from "node:http";
import next from "next";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const dev = args.includes("--dev");
const port = Number(option("port", "3000"));
const hostname = option("hostname", "localhost");

// Must match SOCKET_IP_HEADER in lib/security/client-ip.ts.
const SOCKET_IP_HEADER = "x-rehearse-socket-ip";

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  // Overwrite, never append: whatever a client sent under this name is discarded.
  request.headers[SOCKET_IP_HEADER] = request.socket.remoteAddress ?? "unknown";
  handle(request, response);
}).listen(port, hostname, () => {
  console.log(`Rehearse ${dev ? "(dev) " : ""}ready on http://${hostname}:${port}`);
});
