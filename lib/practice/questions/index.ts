/**
 * The offline interview-question engine: a curated bank of behavioural and role-specific questions, role-family
 * inference from free text, and deterministic, relevance-ranked selection for a practice session. Used when no AI
 * provider is configured, and as the fallback when one fails.
 */
export { getBankQuestion, QUESTION_BANK, QUESTION_BANK_VERSION } from "./bank";
export { inferRoleFamilies, type RoleFamilyWeight } from "./role-family";
export {
  JOB_DESCRIPTION_MAX_CHARS,
  type ParsedQuestionSelectionInput,
  type QuestionSelectionRequest,
  questionSelectionInputSchema,
} from "./schemas";
export type { SelectionProfile } from "./relevance";
export { type QuestionSelectionInput, type SelectedQuestion, selectQuestions } from "./select";
export {
  type BankQuestion,
  COMPETENCIES,
  type Competency,
  COMPETENCY_LABELS,
  INTERVIEW_TYPES,
  type InterviewType,
  MAX_QUESTIONS,
  MIN_QUESTIONS,
  QUESTION_KINDS,
  type QuestionKind,
  type QuestionRoleFamily,
  ROLE_FAMILIES,
  ROLE_FAMILY_LABELS,
  type RoleFamily,
} from "./types";
