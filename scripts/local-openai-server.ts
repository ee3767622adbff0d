/**
 * Runs the project's local OpenAI-compatible server as its own process, answering the app's prompts with the
 * simulated model (questions, feedback, model answers, follow-up questions; speech, transcription and moderation as in the tests).
 * The end-to-end runner and the AI benchmark start it; you can too, to try the AI paths without an account:
 *
 *   npx tsx scripts/local-openai-server.ts [--latency-ms 0] [--chunk-delay-ms 0]
 *   OPENAI_API_KEY=local OPENAI_BASE_URL=<printed baseURL> npm run dev
 *
 * Prints one JSON line `{ "baseURL": "http://127.0.0.1:<port>/v1" }` once listening, then serves until SIGTERM.
 */
import { parseArgs } from "node:util";
import { startOpenAIServer } from "@/tests/helpers/openai-server";
import { feedbackSimHandlers } from "@/tests/helpers/openai-server/simulate-feedback";
import { followUpSimHandlers } from "@/tests/helpers/openai-server/simulate-follow-up";
import { questionSimHandlers } from "@/tests/helpers/openai-server/simulate-questions";

const { values } = parseArgs({
  options: {
    "latency-ms": { type: "string", default: "0" },
    "chunk-delay-ms": { type: "string", default: "0" },
    "chunk-size": { type: "string", default: "12" },
  },
});

// tsx runs this file as CommonJS, where top-level await is not allowed.
async function main() {
  const server = await startOpenAIServer({
    latencyMs: Number(values["latency-ms"]),
    stream: { chunkSize: Number(values["chunk-size"]), chunkDelayMs: Number(values["chunk-delay-ms"]) },
    simulate: [...questionSimHandlers, ...feedbackSimHandlers, ...followUpSimHandlers],
    redactAuthorization: true,
  });
  // Requests are recorded for tests; a long-running process must not keep them all.
  setInterval(() => server.requests.splice(0), 10_000).unref();
  process.stdout.write(`${JSON.stringify({ baseURL: server.baseURL })}\n`);

  async function stop() {
    await server.close();
    process.exit(0);
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
