/**
 * Searching the question bank for the builder's "add from the bank" list: by kind, and by words found in the
 * question, its keywords or its competencies. Pure.
 */
import { QUESTION_BANK } from "@/lib/practice/questions/bank";
import { type BankQuestion, COMPETENCY_LABELS, type QuestionKind } from "@/lib/practice/questions/types";

export type BankEntryView = Pick<BankQuestion, "id" | "text" | "kind" | "competencies">;

/** At most this many entries per answer; a narrower search finds the rest. */
export const BANK_SEARCH_LIMIT = 50;

function haystack(question: BankQuestion): string {
  return [question.text, ...question.keywords, ...question.competencies.map((c) => COMPETENCY_LABELS[c])].join(" ").toLowerCase();
}

/** Bank entries of `kind` whose text, keywords or competencies contain every word of `q`, in the bank's order. */
export function searchQuestionBank(
  query: { kind?: QuestionKind; q?: string },
  bank: readonly BankQuestion[] = QUESTION_BANK,
): { entries: BankEntryView[]; total: number } {
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const matches = bank.filter((question) => {
    if (query.kind && question.kind !== query.kind) return false;
    if (words.length === 0) return true;
    const text = haystack(question);
    return words.every((word) => text.includes(word));
  });
  return {
    entries: matches.slice(0, BANK_SEARCH_LIMIT).map(({ id, text, kind, competencies }) => ({ id, text, kind, competencies: [...competencies] })),
    total: matches.length,
  };
}
