/**
 * The vocabulary of the offline question bank: the kinds of interview, the competencies a question practises and the
 * role families it belongs to. The arrays are the source of truth so zod enums, tests and coverage checks share them.
 */

/** What the candidate chooses when starting a session. */
export const INTERVIEW_TYPES = ["behavioural", "role_specific", "mixed"] as const;
export type InterviewType = (typeof INTERVIEW_TYPES)[number];

/** Bounds on a session's length: fewer is not worth a session, more tires the candidate before the feedback. */
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 10;

/** What a single question is: a past-behaviour question, or one about the craft of a role. */
export const QUESTION_KINDS = ["behavioural", "role_specific"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The skills an interviewer probes. The first competency on a question is its primary one (used for diversity). */
export const COMPETENCIES = [
  "conflict",
  "leadership",
  "failure",
  "ownership",
  "teamwork",
  "prioritisation",
  "communication",
  "influence",
  "ambiguity",
  "customer_focus",
  "delivery_under_pressure",
  "learning",
  "decision_making",
  "mentoring",
  "innovation",
  "stakeholder_management",
  "ethics",
] as const;
export type Competency = (typeof COMPETENCIES)[number];

/** Broad job families. `general` holds questions that suit any role, and is what an empty profile infers. */
export const ROLE_FAMILIES = [
  "software_engineering",
  "data",
  "product_management",
  "design",
  "marketing",
  "sales",
  "customer_success",
  "operations",
  "finance",
  "people_hr",
  "project_management",
  "leadership_management",
  "general",
] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

/** A bank question's families: `any` marks a behavioural question that fits every role equally. */
export type QuestionRoleFamily = RoleFamily | "any";

/** One curated question. `id` is a stable slug: sessions store it, so it must never be reused for other wording. */
export type BankQuestion = {
  id: string;
  text: string;
  kind: QuestionKind;
  /** One to three; the first is the primary competency. */
  competencies: Competency[];
  roleFamilies: QuestionRoleFamily[];
  /** Terms (skills, tools, domains) that make the question relevant when they appear in the profile or JD. */
  keywords: string[];
  followUp?: string;
};

/** Plain-words labels, used in reasons shown to the candidate. */
export const COMPETENCY_LABELS: Record<Competency, string> = {
  conflict: "handling conflict",
  leadership: "leadership",
  failure: "learning from failure",
  ownership: "ownership",
  teamwork: "teamwork",
  prioritisation: "prioritisation",
  communication: "communication",
  influence: "influence",
  ambiguity: "dealing with ambiguity",
  customer_focus: "customer focus",
  delivery_under_pressure: "delivering under pressure",
  learning: "learning quickly",
  decision_making: "decision-making",
  mentoring: "mentoring",
  innovation: "innovation",
  stakeholder_management: "stakeholder management",
  ethics: "ethics and integrity",
};

/** Plain-words labels for role families. */
export const ROLE_FAMILY_LABELS: Record<RoleFamily, string> = {
  software_engineering: "software engineering",
  data: "data",
  product_management: "product management",
  design: "design",
  marketing: "marketing",
  sales: "sales",
  customer_success: "customer success",
  operations: "operations",
  finance: "finance",
  people_hr: "people and HR",
  project_management: "project management",
  leadership_management: "people leadership",
  general: "general",
};
