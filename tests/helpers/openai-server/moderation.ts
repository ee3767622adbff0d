/**
 * `POST /v1/moderations` for the local OpenAI server: OpenAI's result shape, flagging by a scripted rule instead of a
 * model. A string array gets one result per string; a multimodal array (`[{ type: "text" }, { type: "image_url" }]`)
 * is one input and gets one result, as OpenAI does.
 */
import { MODERATION_CATEGORIES, type ModerationCategory, type ModerationScript } from "./types";

/** The categories OpenAI also scores on images; the rest are text only. */
const IMAGE_CATEGORIES = new Set<ModerationCategory>([
  "self-harm",
  "self-harm/instructions",
  "self-harm/intent",
  "sexual",
  "violence",
  "violence/graphic",
]);

type Input = { text: string; hasImage: boolean };

/** Normalises the request's `input`; undefined when it is not a shape OpenAI accepts. */
export function moderationInputs(input: unknown): Input[] | undefined {
  if (typeof input === "string") return [{ text: input, hasImage: false }];
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (input.every((item) => typeof item === "string")) return input.map((text: string) => ({ text, hasImage: false }));
  const parts = input as { type?: unknown; text?: unknown }[];
  if (!parts.every((part) => part && (part.type === "text" || part.type === "image_url"))) return undefined;
  const text = parts.map((part) => (part.type === "text" && typeof part.text === "string" ? part.text : "")).join("\n");
  return [{ text, hasImage: parts.some((part) => part.type === "image_url") }];
}

function isFlagged(script: ModerationScript, text: string): boolean {
  if (script.flag === "always") return true;
  if (script.flag === "never") return false;
  return text.includes(script.marker);
}

function result(script: ModerationScript, input: Input) {
  const flagged = isFlagged(script, input.text);
  const flaggedCategory = script.flag === "never" ? undefined : (script.category ?? "harassment");
  const categories: Record<string, boolean> = {};
  const scores: Record<string, number> = {};
  const appliedTypes: Record<string, string[]> = {};
  for (const category of MODERATION_CATEGORIES) {
    const hit = flagged && category === flaggedCategory;
    categories[category] = hit;
    scores[category] = hit ? 0.97 : 0.0001;
    appliedTypes[category] = [...(input.text ? ["text"] : []), ...(input.hasImage && IMAGE_CATEGORIES.has(category) ? ["image"] : [])];
  }
  return { flagged, categories, category_scores: scores, category_applied_input_types: appliedTypes };
}

/** The moderation response for the given inputs. */
export function moderationResponse(model: string, script: ModerationScript, inputs: Input[]) {
  return { id: `modr-test${Math.random().toString(36).slice(2, 12)}`, model, results: inputs.map((input) => result(script, input)) };
}
