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
    "stakeholder", "stakeholders", "stakeholder management", "managing upwards", "senior leadership", "executives",
    "c-suite", "expectations",
  ],
  ethics: ["ethics", "ethical", "integrity", "honesty", "honest", "compliance", "fairness", "values"],
};

/**
 * Words a story that shows the competency tends to use, beyond naming it: an incident story says "outage" and
 * "rolled back", not "delivery under pressure". Answer relevance counts these alongside `COMPETENCY_LEXICON`; question
 * selection does not, since a goal that says "customers" is not asking to practise customer focus.
 */
export const COMPETENCY_STORY_TERMS: Record<Competency, string[]> = {
  conflict: [
    "disagreed", "argument", "argued", "pushed back", "compromise", "common ground", "their point of view",
    "concerns", "frustrated", "resolved", "resolution", "mediate", "clash", "reasons",
  ],
  leadership: [
    "led", "direct reports", "morale", "direction", "vision", "delegated", "rallied", "set goals",
  ],
  failure: [
    "failed", "went wrong", "fault", "cancelled", "lesson", "differently", "missed",
    "didn't work", "wasted", "blame", "post-mortem",
  ],
  ownership: [
    "took ownership", "owned", "without being asked", "volunteered", "nobody else",
  ],
  teamwork: [
    "teammates", "collaborated", "team effort", "pairing", "pair programming", "cross-team",
  ],
  prioritisation: [
    "prioritised", "ranked", "drop", "dropped", "deprioritised", "urgent", "important", "impact", "effort",
    "backlog", "workload", "requests", "postponed", "trade-off",
  ],
  communication: [
    "explained", "presented", "wrote", "email", "update", "summary", "audience", "clearly", "message", "listened",
    "jargon", "plain",
  ],
  influence: [
    "persuaded", "convinced", "evidence", "proposal", "pitched", "sceptical", "sceptic",
    "support", "changed their mind",
  ],
  ambiguity: [
    "unclear", "guidance", "assumptions", "unknown", "vague", "clarify", "brief", "playbook",
    "missing information",
  ],
  customer_focus: [
    "customers", "clients", "users", "complaint", "unhappy", "renewal", "renewed", "churn", "reference", "account",
    "apologised", "trust",
  ],
  delivery_under_pressure: [
    "outage", "incident", "broke", "failing", "errors", "rolled back", "rollback", "hotfix", "paged", "alert",
    "weekend", "overnight", "emergency", "downtime", "on-call", "time pressure", "late", "root cause", "restored",
    "patched", "broken", "bug", "logs",
  ],
  learning: [
    "learned", "learnt", "lesson", "course", "tutorial", "taught", "teach", "practised", "studied", "new skill",
    "improved", "mistake",
  ],
  decision_making: [
    "decided", "options", "weighed", "chose", "criteria", "risks", "recommended", "evidence", "pros and cons",
    "reversible",
  ],
  mentoring: [
    "mentor", "mentored", "coached", "junior", "graduate", "grow", "promoted", "confidence", "confident",
    "one-to-one", "feedback", "development", "new joiners",
  ],
  innovation: [
    "idea", "experiment", "prototype", "new approach", "automated", "tried", "pilot", "simplified", "invented",
    "different way",
  ],
  stakeholder_management: [
    "sponsor", "director", "board", "expectations", "aligned", "informed", "escalation", "executive",
    "kept them updated",
  ],
  ethics: [
    "right thing", "refused", "reported", "concern", "transparent", "confidential", "policy", "uncomfortable",
    "wrong",
  ],
};
