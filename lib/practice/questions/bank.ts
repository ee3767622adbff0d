/**
 * The curated offline question bank: every question the engine can pick without an AI provider. The data lives in
 * the `bank-*.ts` files, one per theme, so no file grows past a screenful of questions.
 *
 * Ids are stored with practice sessions: never reuse an id for different wording. Bump `QUESTION_BANK_VERSION`
 * whenever questions are added, removed or reworded, so a session records which bank it was drawn from.
 */
import { BEHAVIOURAL_EXECUTION_QUESTIONS } from "./bank-behavioural-execution";
import { BEHAVIOURAL_GROWTH_QUESTIONS } from "./bank-behavioural-growth";
import { BEHAVIOURAL_INFLUENCE_QUESTIONS } from "./bank-behavioural-influence";
import { BEHAVIOURAL_JUDGEMENT_QUESTIONS } from "./bank-behavioural-judgement";
import { BEHAVIOURAL_PEOPLE_QUESTIONS } from "./bank-behavioural-people";
import { CUSTOMER_SUCCESS_QUESTIONS, MARKETING_QUESTIONS, SALES_QUESTIONS } from "./bank-role-commercial";
import { FINANCE_QUESTIONS, OPERATIONS_QUESTIONS, PEOPLE_HR_QUESTIONS } from "./bank-role-business";
import { GENERAL_QUESTIONS, LEADERSHIP_MANAGEMENT_QUESTIONS } from "./bank-role-leadership";
import { DESIGN_QUESTIONS, PRODUCT_MANAGEMENT_QUESTIONS, PROJECT_MANAGEMENT_QUESTIONS } from "./bank-role-product";
import { DATA_QUESTIONS, SOFTWARE_ENGINEERING_QUESTIONS } from "./bank-role-tech";
import type { BankQuestion } from "./types";

/** Identifies this revision of the bank; stored alongside sessions drawn from it. */
export const QUESTION_BANK_VERSION = "2026-01-bank-1";

/** Every question, behavioural first, in a fixed order (selection never depends on this order beyond tie-breaks). */
export const QUESTION_BANK: readonly BankQuestion[] = Object.freeze([
  ...BEHAVIOURAL_PEOPLE_QUESTIONS,
  ...BEHAVIOURAL_INFLUENCE_QUESTIONS,
  ...BEHAVIOURAL_EXECUTION_QUESTIONS,
  ...BEHAVIOURAL_GROWTH_QUESTIONS,
  ...BEHAVIOURAL_JUDGEMENT_QUESTIONS,
  ...SOFTWARE_ENGINEERING_QUESTIONS,
  ...DATA_QUESTIONS,
  ...PRODUCT_MANAGEMENT_QUESTIONS,
  ...DESIGN_QUESTIONS,
  ...PROJECT_MANAGEMENT_QUESTIONS,
  ...MARKETING_QUESTIONS,
  ...SALES_QUESTIONS,
  ...CUSTOMER_SUCCESS_QUESTIONS,
  ...OPERATIONS_QUESTIONS,
  ...FINANCE_QUESTIONS,
  ...PEOPLE_HR_QUESTIONS,
  ...LEADERSHIP_MANAGEMENT_QUESTIONS,
  ...GENERAL_QUESTIONS,
]);

const byId = new Map(QUESTION_BANK.map((question) => [question.id, question]));

/** Looks a question up by its stable id, e.g. to show a stored session's questions again. */
export function getBankQuestion(id: string): BankQuestion | undefined {
  return byId.get(id);
}
