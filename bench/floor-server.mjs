/**
 * The floor bench/star-score compares the scorer with: node:http reading the same request body, parsing it as JSON
 * and answering the same small JSON a bare route would (`{"ok":true}`), with nothing else in the way (no Next, no
 * proxy, no auth). It runs as its own process, on loopback only, so it shares nothing with the bench or the app.
 *   node bench/floor-server.mjs [--port 0]     prints {"port": N} once listening on 127.0.0.1, serves until SIGTERM
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string", default: "0" } } });

const OK = JSON.stringify({ ok: true });
const NOT_JSON = JSON.stringify({ error: { code: "invalid_input", message: "The body is not JSON." } });

const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    let [status, body] = [200, OK];
    try {
      JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      [status, body] = [400, NOT_JSON];
    }
    response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
});

server.listen(Number(values.port), "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
