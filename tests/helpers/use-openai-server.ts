/**
 * One local OpenAI-compatible server and a real SDK client per test file: started before the file's tests, reset
 * before each, closed after. Read `server` and `client` inside tests, not at import time.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type OpenAIServer, type OpenAIServerOptions, startOpenAIServer } from "@/tests/helpers/openai-server";

export function useOpenAIServer(options: OpenAIServerOptions = {}, apiKey = "test") {
  const harness = {} as { server: OpenAIServer; client: OpenAI };
  beforeAll(async () => {
    harness.server = await startOpenAIServer(options);
    harness.client = new OpenAI({ apiKey, baseURL: harness.server.baseURL, maxRetries: 0 });
  });
  afterAll(async () => {
    await harness.server?.close();
  });
  beforeEach(() => harness.server.reset());
  return harness;
}
