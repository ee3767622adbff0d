/**
 * Words that show a competency matters to the candidate (in their goals) or to the employer (in the job description).
 * Forms are listed where the light stemmer does not unify them ("lead" and "leadership").
 */
import type { Competency } from "./types";

export const COMPETENCY_LEXICON: Record<Competency, string[]> = {
  conflict: [
    "conflict", "disagreement", "disagree", "tension", "dispute", "difficult conversations", "friction",
    "confrontation",
  ],
  leadership: [
    "leadership", "leading", "leader", "lead a team", "inspire", "motivate", "people management", "manage people",
  ],
  failure: ["failure", "fail", "mistake", "setback", "went wrong", "resilience"],
  ownership: ["ownership", "accountable", "accountability", "initiative", "proactive", "end to end", "self-starter"],
  teamwork: ["teamwork", "team player", "collaboration", "collaborate", "collaborative", "working with others"],
  prioritisation: [
    "prioritisation", "prioritise", "priorities", "priority", "competing demands", "juggle", "time management",
  ],
  communication: [
    "communication", "communicate", "communicator", "presentation", "public speaking", "explain", "articulate",
    "storytelling", "concise", "ramble", "rambling", "written",
  ],
  influence: ["influence", "influencing", "persuade", "persuasion", "convince", "buy-in", "negotiate", "negotiation"],
  ambiguity: ["ambiguity", "ambiguous", "uncertainty", "uncertain", "unclear", "fast-paced", "changing environment"],
  customer_focus: ["customer", "client", "customer-centric", "user-centred", "user needs", "customer obsession"],
  delivery_under_pressure: [
    "pressure", "deadline", "tight deadlines", "stress", "urgent", "crisis", "on-call", "high-pressure",
  ],
  learning: ["learn", "learning", "growth mindset", "curious", "curiosity", "upskill", "self-improvement"],
  decision_making: ["decision", "decisions", "decisive", "judgement", "judgment", "trade-offs", "data-driven"],
  mentoring: ["mentor", "mentoring", "coach", "coaching", "develop others", "grow people", "juniors"],
  innovation: [
    "innovation", "innovative", "creative", "creativity", "experiment", "new ideas", "continuous improvement",
  ],
  stakeholder_management: [
    "stakeholder", "stakeholders", "stakeholder management", "managing up", "senior leadership", "executives",
    "c-suite", "expectations",
  ],
  ethics: ["ethics", "ethical", "integrity", "honesty", "honest", "compliance", "fairness", "values"],
};
