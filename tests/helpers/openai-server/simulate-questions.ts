/**
 * The simulated model's question writer: answers the app's question-generation request (recognised by its structured
 * output's schema name, `QUESTION_SCHEMA_NAME`) with exactly the requested number of distinct, schema-valid
 * questions for the requested interview type, naming the target role. Count, type and role are read from the user
 * message's labelled lines (`PROMPT_LABELS`), the same constants the app writes them with.
 */
import {
  PROMPT_LABELS,
  QUESTION_REASON_MAX_CHARS,
  QUESTION_SCHEMA_NAME,
  QUESTION_TEXT_MAX_CHARS,
} from "@/lib/ai/question-prompt";
import { type Competency, COMPETENCY_LABELS, type QuestionKind } from "@/lib/practice/questions/types";
import type { ScriptedReply, SimulatedChatHandler } from "./types";

type Template = { competencies: Competency[]; text: (role: string) => string };

const BEHAVIOURAL: Template[] = [
  { competencies: ["conflict", "communication"], text: () => "Tell me about a time you disagreed with a colleague. How did you resolve it?" },
  { competencies: ["leadership", "influence"], text: () => "Describe a time you led a group through a difficult change. What did you do, and what happened?" },
  { competencies: ["failure", "learning"], text: () => "Tell me about a piece of work that did not go to plan. What did you learn from it?" },
  { competencies: ["ownership"], text: () => "Give an example of a problem you took ownership of even though it was not strictly your job." },
  { competencies: ["prioritisation", "delivery_under_pressure"], text: () => "Tell me about a time you had more work than time. How did you decide what to do first?" },
  { competencies: ["stakeholder_management", "influence"], text: () => "Describe a time you had to win over a sceptical stakeholder. What did you do?" },
  { competencies: ["ambiguity", "decision_making"], text: () => "Tell me about a time you had to make progress when the goal was unclear." },
  { competencies: ["delivery_under_pressure"], text: () => "Describe a time you delivered something important against a tight deadline." },
  { competencies: ["mentoring", "teamwork"], text: () => "Tell me about a time you helped a less experienced colleague improve." },
  { competencies: ["decision_making"], text: () => "Describe a difficult decision you made with incomplete information. How did it turn out?" },
];

const ROLE_SPECIFIC: Template[] = [
  { competencies: ["ownership", "prioritisation"], text: (r) => `As ${r}, how would you approach your first ninety days in this team?` },
  { competencies: ["decision_making"], text: (r) => `As ${r}, how would you measure whether your work is succeeding?` },
  { competencies: ["innovation", "ownership"], text: (r) => `What is the hardest problem you have solved that is relevant to working as ${r}, and how did you approach it?` },
  { competencies: ["prioritisation", "delivery_under_pressure"], text: (r) => `As ${r}, how would you balance quality against speed when a launch date is fixed?` },
  { competencies: ["learning"], text: (r) => `How do you keep the skills you need as ${r} up to date?` },
  { competencies: ["communication"], text: (r) => `How would you explain a complex part of your work as ${r} to someone outside your field?` },
  { competencies: ["customer_focus"], text: (r) => `As ${r}, how would you handle a customer complaint that lands on your desk?` },
  { competencies: ["stakeholder_management", "prioritisation"], text: (r) => `As ${r}, how would you choose between two urgent requests from different teams?` },
  { competencies: ["teamwork", "influence"], text: (r) => `As ${r}, how would you build good working relationships with the teams around you?` },
  { competencies: ["ethics"], text: (r) => `As ${r}, what would you do if you noticed a practice in your team that seemed wrong?` },
];

/** The user message's text, whatever shape the messages came in. */
function userMessage(body: Record<string, unknown>): string {
  const messages = Array.isArray(body.messages) ? (body.messages as { role?: unknown; content?: unknown }[]) : [];
  const content = messages.filter((m) => m.role === "user").at(-1)?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => (typeof part?.text === "string" ? part.text : "")).join("\n");
  return "";
}

function line(text: string, label: string): string | undefined {
  const match = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: (.+)$`, "m").exec(text);
  return match?.[1]?.trim();
}

/** "Product Manager" → "a Product Manager"; long titles are cut so every question stays within the length limit. */
function withArticle(role: string): string {
  const short = role.length > 60 ? role.slice(0, 60).trim() : role;
  return `${/^[aeiou]/i.test(short) ? "an" : "a"} ${short}`;
}

/** Which kind each position gets: all one kind, or alternating for a mixed interview. */
function kindsFor(type: string | undefined, count: number): QuestionKind[] {
  const kind: QuestionKind | "mixed" = type?.startsWith("behavioural") ? "behavioural" : type?.startsWith("role") ? "role_specific" : "mixed";
  return Array.from({ length: count }, (_, i) => (kind === "mixed" ? (i % 2 === 0 ? "behavioural" : "role_specific") : kind));
}

/** The simulated reply to one question-generation request. Exported for the simulate hook's own test. */
export function simulateQuestions(body: Record<string, unknown>): ScriptedReply {
  const prompt = userMessage(body);
  const count = Math.min(20, Math.max(1, Number(line(prompt, PROMPT_LABELS.count)) || 3));
  const givenRole = line(prompt, PROMPT_LABELS.targetRole);
  const role = givenRole && givenRole !== "not given" ? givenRole : "someone in this role";
  const roleWithArticle = givenRole && givenRole !== "not given" ? withArticle(givenRole) : role;
  const used = { behavioural: 0, role_specific: 0 };
  const questions = kindsFor(line(prompt, PROMPT_LABELS.type), count).map((kind) => {
    const pool = kind === "behavioural" ? BEHAVIOURAL : ROLE_SPECIFIC;
    const index = used[kind]++;
    const template = pool[index % pool.length]!;
    // Past the pool's end, a round number keeps every question distinct.
    const round = Math.floor(index / pool.length);
    const base = template.text(kind === "behavioural" ? role : roleWithArticle);
    const text = (round === 0 ? base : `${base} (example ${round + 1})`).slice(0, QUESTION_TEXT_MAX_CHARS);
    const primary = template.competencies[0]!;
    const reason = `Practises ${COMPETENCY_LABELS[primary]}, which interviews for ${role.slice(0, 60)} often probe.`.slice(0, QUESTION_REASON_MAX_CHARS);
    return { text, kind, competencies: template.competencies, reason };
  });
  return { kind: "json", json: { questions } };
}

/** Recognises the app's question request by the name of its structured output's schema. */
export const questionSimHandler: SimulatedChatHandler = {
  name: "questions",
  matches(body) {
    const format = body.response_format as { type?: unknown; json_schema?: { name?: unknown } } | undefined;
    return format?.type === "json_schema" && format.json_schema?.name === QUESTION_SCHEMA_NAME;
  },
  reply: simulateQuestions,
};

export const questionSimHandlers: SimulatedChatHandler[] = [questionSimHandler];
