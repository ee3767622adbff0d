/**
 * Builds the `openai` SDK instance every adapter in lib/ai uses. Every option the SDK would otherwise read from
 * process.env is passed explicitly, because lib/env is the only reader of the environment.
 */
import "server-only";
import OpenAI from "openai";

export type OpenAISdkOptions = {
  apiKey: string;
  /** e.g. `http://127.0.0.1:4010/v1` for the test server; the public API when unset. */
  baseURL?: string;
  timeoutMs: number;
  maxRetries: number;
};

export function createOpenAISdk(options: OpenAISdkOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? "https://api.openai.com/v1",
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
    // The SDK's own logging could print request details; our logger records what happened instead.
    logLevel: "off",
  });
}
