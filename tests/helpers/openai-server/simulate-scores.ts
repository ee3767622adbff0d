/**
 * The simulated model's scoring-only skill (lib/ai/score-prompt.ts), for the local OpenAI server's `simulate` option:
 * a request whose `response_format.json_schema.name` is `SCORE_SCHEMA_NAME` gets schema-valid JSON with the rubric's
 * own dimension scores for the answer in the user prompt's `<answer>` tags, and for each dimension the answer's own
 * sentences the rubric read for it (the STAR parts; every sentence for relevance). An answer the rubric declines gets
 * the "insufficient_evidence" verdict. Deterministic: the same prompt always gets the same reply.
 */
import { SCORE_SCHEMA_NAME, type ScoreModelOutput } from "@/lib/ai/score-prompt";
import { scoreDimensions } from "@/lib/practice/session/dimensions";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import type { SimulatedChatHandler } from "./types";

function userPrompt(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: unknown; content?: unknown }[]) : [];
  const content = messages.find((m) => m.role === "user")?.content;
  return typeof content === "string" ? content : "";
}

const tagText = (prompt: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(prompt)?.[1]?.trim() ?? "";

export function simulatedScores(answer: string, question: string): ScoreModelOutput {
  const star = scoreStarAnswer(answer, question);
  const { scores } = scoreDimensions(answer, { text: question, competencies: [] }, star);
  const part = (name: "situation" | "task" | "action" | "result") => star.parts[name].sentences.map((i) => star.sentences[i] ?? "").filter(Boolean);
  const dimension = (score: number, quotes: string[]) => ({ score: star.insufficientEvidence ? 0 : score, quotes: star.insufficientEvidence ? [] : quotes.slice(0, 4) });
  return {
    verdict: star.insufficientEvidence ? "insufficient_evidence" : "scored",
    dimensions: {
      structure: dimension(scores.structure, [...part("situation"), ...part("result")]),
      relevance: dimension(scores.relevance, star.sentences),
      specificity: dimension(scores.specificity, part("action")),
      impact: dimension(scores.impact, part("result")),
    },
  };
}

export const scoreSimHandler: SimulatedChatHandler = {
  name: "assessment-scoring",
  matches: (body) => (body.response_format as { json_schema?: { name?: unknown } } | undefined)?.json_schema?.name === SCORE_SCHEMA_NAME,
  reply: (body) => {
    const prompt = userPrompt(body);
    return { kind: "json", json: simulatedScores(tagText(prompt, "answer"), tagText(prompt, "question")) };
  },
};
