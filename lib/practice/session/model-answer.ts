/**
 * The offline model answer: a first-person STAR template tailored to the question's competency and the candidate's
 * target role. Square brackets mark where the candidate's own story goes; the template shows the shape (one line of
 * context, an owned task, three steps told with "I", a measured result and a lesson), never invents a story for them.
 */
import type { StoredQuestion } from "./records";

type Hint = { situation: string; action: string };

/** Per competency, the kind of moment the story is about and a strong first step, so the template reads naturally. */
const HINTS: Record<string, Hint> = {
  conflict: { situation: "a disagreement with a colleague about how to do a piece of work", action: "asked to talk it through one-to-one and listened until I could state their view in my own words" },
  leadership: { situation: "a team that had lost its direction", action: "set out one clear goal and gave each person a part they owned" },
  failure: { situation: "a piece of my work that went wrong", action: "owned the mistake openly and worked out what had caused it" },
  ownership: { situation: "a problem nobody had picked up", action: "took it on without being asked and agreed a plan with the people it affected" },
  teamwork: { situation: "a team effort that was stalling", action: "took on the piece nobody wanted and helped the others unblock theirs" },
  prioritisation: { situation: "more work than there was time for", action: "ranked everything by impact and urgency and agreed with my manager what to drop" },
  communication: { situation: "a complex message that people kept misreading", action: "rewrote it for the audience, leading with what mattered to them" },
  influence: { situation: "a change I had no authority to make", action: "gathered data showing the cost of doing nothing and met each sceptic one-to-one" },
  ambiguity: { situation: "a goal that came with no clear brief", action: "wrote down my assumptions and tested the riskiest one first" },
  customer_focus: { situation: "a customer who was unhappy with us", action: "called the customer to understand the real problem behind the complaint" },
  delivery_under_pressure: { situation: "a deadline that suddenly moved closer", action: "cut the scope to what mattered most and agreed it with the stakeholders" },
  learning: { situation: "a skill I had to pick up fast", action: "set myself a two-week plan and practised on a real task" },
  decision_making: { situation: "a decision I had to make with incomplete information", action: "laid out the options with their risks and set a date to decide" },
  mentoring: { situation: "a junior colleague who was struggling", action: "set up weekly sessions with them and agreed one goal for each" },
  innovation: { situation: "a process everyone accepted as slow", action: "proposed a small experiment and ran it alongside the old way" },
  stakeholder_management: { situation: "stakeholders who wanted different things", action: "met each of them to learn what they needed and wrote up a plan they all signed off" },
  ethics: { situation: "pressure to cut a corner", action: "raised my concern with the person responsible and proposed a way that kept us compliant" },
};
const DEFAULT_HINT: Hint = {
  situation: "a challenge that mattered to my team",
  action: "worked out what was really causing the problem",
};

/** "a product manager", "an engineer"; a role that already starts with an article is kept as written. */
function withArticle(role: string): string {
  if (/^(?:a|an|the)\s/i.test(role)) return role;
  return `${/^[aeiou]/i.test(role) ? "an" : "a"} ${role}`;
}

export type ModelAnswer = {
  engine: "templated";
  text: string;
  parts: { situation: string; task: string; action: string; result: string };
};

/** Builds the templated model answer for one question. */
export function buildModelAnswer(input: {
  question: Pick<StoredQuestion, "kind" | "competencies">;
  targetRole: string | null;
  competencyLabel: string;
}): ModelAnswer {
  const hint = HINTS[input.question.competencies[0] ?? ""] ?? DEFAULT_HINT;
  const role = input.targetRole?.trim().replace(/\s+/g, " ").slice(0, 80) || null;
  const asRole = role ? `as ${withArticle(role)}` : "in the role I am applying for";
  const moment =
    input.question.kind === "role_specific"
      ? "a time I did exactly this for real"
      : hint.situation;
  const parts = {
    situation: `In my last role, I faced ${moment}: [one or two sentences on where I was, when, and what was at stake].`,
    task: "My responsibility was to [the outcome I owned], by [a deadline or a measurable target].",
    action:
      `First, I ${hint.action}. Then I [a second concrete step, naming the tool, data or people involved]. ` +
      "Finally, I [the step that made the difference], and I kept [the people affected] informed as I went.",
    result:
      "As a result, [what changed, with a number, e.g. \"we cut the backlog by 40% in six weeks\"]. " +
      `What I learned was [one lesson], and it is how I would approach ${input.competencyLabel} ${asRole}.`,
  };
  return { engine: "templated", text: [parts.situation, parts.task, parts.action, parts.result].join(" "), parts };
}
