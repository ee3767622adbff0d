/**
 * The simulated model's feedback skills, for the local OpenAI server's `simulate` option (the e2e runner, the
 * benchmark, and tests that do not script each reply):
 *
 * - scoring: a request whose `response_format.json_schema.name` is `FEEDBACK_SCHEMA_NAME` gets schema-valid JSON:
 *   the rubric's own dimension scores for the answer found in the user prompt's `<answer>` tags, and two strengths and
 *   two improvements, each quoting a sentence of that answer.
 * - model answer: a `stream: true` request whose system prompt is `MODEL_ANSWER_SYSTEM_PROMPT` gets a first-person
 *   STAR answer in four labelled paragraphs, naming the `<target_role>` and `<skill>` from the user prompt.
 *
 * Deterministic: the same prompt always gets the same reply.
 */
import { FEEDBACK_SCHEMA_NAME, MODEL_ANSWER_SYSTEM_PROMPT } from "@/lib/ai/feedback-prompt";
import { scoreDimensions } from "@/lib/practice/session/dimensions";
import { quoteText } from "@/lib/practice/session/quotes";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { scoreSimHandler } from "./simulate-scores";
import type { SimulatedChatHandler } from "./types";

type Message = { role?: unknown; content?: unknown };

function messages(body: Record<string, unknown>): Message[] {
  return Array.isArray(body.messages) ? (body.messages as Message[]) : [];
}

function contentOf(body: Record<string, unknown>, role: "system" | "user"): string {
  const message = messages(body).find((m) => m.role === role);
  return typeof message?.content === "string" ? message.content : "";
}

/** The text inside `<tag>…</tag>` of the user prompt, or "" when absent. */
export function tagText(prompt: string, tag: string): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(prompt);
  return match?.[1]?.trim() ?? "";
}

function schemaName(body: Record<string, unknown>): unknown {
  const format = body.response_format as { json_schema?: { name?: unknown } } | undefined;
  return format?.json_schema?.name;
}

/** The scoring reply for one answer: rubric dimensions, and items quoting its sentences. */
export function simulatedFeedback(answer: string, question: string) {
  const star = scoreStarAnswer(answer, question);
  const { scores } = scoreDimensions(answer, { text: question, competencies: [] }, star);
  const sentences = star.sentences.length > 0 ? star.sentences : [answer];
  const first = sentences[0]!;
  const last = sentences[sentences.length - 1]!;
  const middle = sentences[Math.floor(sentences.length / 2)] ?? first;
  return {
    scores,
    strengths: [
      `You open with context the listener can follow: ${quoteText(first, 10)}.`,
      `You finish on what happened in the end: ${quoteText(last, 10)}.`,
    ],
    improvements: [
      `Say exactly which step was yours in ${quoteText(middle, 10)}, and name the tool or people involved.`,
      `After ${quoteText(last, 10)}, add a figure that shows the size of the result.`,
    ],
  };
}

/** A first-person STAR model answer in four labelled paragraphs. */
export function simulatedModelAnswer(targetRole: string, skill: string): string {
  const asRole = targetRole ? ` as ${targetRole}` : "";
  const about = skill || "this skill";
  return [
    `Situation: In my last role${asRole}, a launch I was part of was slipping, and the team disagreed about why. ` +
      "[One sentence on where this was and what was at stake.]",
    `Task: I took ownership of getting it back on track within two weeks, which needed ${about}.`,
    "Action: First, I met each person one-to-one to understand their view. Then I analysed the data on where the " +
      "delays came from and shared it with the team. Finally, I agreed a smaller scope with our stakeholders and " +
      "set up a short daily check-in.",
    "Result: As a result, we launched on the new date and cut the open issues by [the figure]. I learned to surface " +
      `disagreements early, and it is how I would approach ${about}${asRole}.`,
  ].join("\n\n");
}

/** Feedback for practice, and the scoring-only call assessments make (simulate-scores.ts). */
export const feedbackSimHandlers: SimulatedChatHandler[] = [
  scoreSimHandler,
  {
    name: "practice-feedback-scoring",
    matches: (body) => schemaName(body) === FEEDBACK_SCHEMA_NAME,
    reply: (body) => {
      const prompt = contentOf(body, "user");
      return { kind: "json", json: simulatedFeedback(tagText(prompt, "answer"), tagText(prompt, "question")) };
    },
  },
  {
    name: "practice-model-answer",
    matches: (body) => body.stream === true && contentOf(body, "system") === MODEL_ANSWER_SYSTEM_PROMPT,
    reply: (body) => {
      const prompt = contentOf(body, "user");
      return { kind: "text", content: simulatedModelAnswer(tagText(prompt, "target_role"), tagText(prompt, "skill")) };
    },
  },
];
