/**
 * The simulated model's follow-up writer: answers the app's follow-up request (recognised by its structured output's
 * schema name, `FOLLOW_UP_SCHEMA_NAME`) with a question about the first gap listed in the prompt's `<gaps>` tags,
 * quoting the first sentence of the `<answer>`. Its wording ("Following up on …") differs from the offline templates,
 * so a test can tell which engine wrote a follow-up. Deterministic.
 */
import { FOLLOW_UP_SCHEMA_NAME } from "@/lib/ai/follow-up-prompt";
import { FOLLOW_UP_TARGETS, type FollowUpTarget } from "@/lib/practice/follow-up/gaps";
import { quoteSpan } from "@/lib/practice/follow-up/quote-span";
import { tagText } from "./simulate-feedback";
import type { SimulatedChatHandler } from "./types";

const ASK: Record<FollowUpTarget, string> = {
  ownership: "which part of that was yours alone?",
  result: "how did it end, and how did you know?",
  numbers: "what figure shows the size of that result?",
  situation: "what was the background, and what was at stake?",
  task: "what were you personally asked to deliver?",
  action: "which steps did you take yourself, in order?",
};

function userPrompt(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: unknown; content?: unknown }[]) : [];
  const content = messages.find((m) => m.role === "user")?.content;
  return typeof content === "string" ? content : "";
}

/** The simulated reply for one follow-up prompt. */
export function simulatedFollowUp(prompt: string): { target: FollowUpTarget; question: string } {
  const offered = tagText(prompt, "gaps")
    .split("\n")
    .map((line) => line.split(":")[0]?.trim());
  const target = FOLLOW_UP_TARGETS.find((t) => t === offered[0]) ?? "result";
  const firstSentence = tagText(prompt, "answer").split(/(?<=[.!?])\s/)[0] ?? "";
  return { target, question: `Following up on ${quoteSpan(firstSentence, 8)}: ${ASK[target]}` };
}

export const followUpSimHandlers: SimulatedChatHandler[] = [
  {
    name: "practice-follow-up",
    matches: (body) => (body.response_format as { json_schema?: { name?: unknown } } | undefined)?.json_schema?.name === FOLLOW_UP_SCHEMA_NAME,
    reply: (body) => ({ kind: "json", json: simulatedFollowUp(userPrompt(body)) }),
  },
];
