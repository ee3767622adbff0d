/**
 * Helpers for writing the bank: they fill in `kind` and the default role families, so each data file lists only
 * what differs between questions and cannot mislabel a question's kind.
 */
import type { BankQuestion, QuestionRoleFamily, RoleFamily } from "./types";

type QuestionDraft = Omit<BankQuestion, "kind" | "roleFamilies"> & { roleFamilies?: QuestionRoleFamily[] };

/** Behavioural questions; without `roleFamilies` they suit any role. */
export function behaviouralQuestions(drafts: QuestionDraft[]): BankQuestion[] {
  return drafts.map(({ roleFamilies, ...draft }) => ({
    ...draft,
    kind: "behavioural",
    roleFamilies: roleFamilies ?? ["any"],
  }));
}

/** Role-specific questions for one family; `roleFamilies` on a draft adds further families that share it. */
export function roleSpecificQuestions(family: RoleFamily, drafts: QuestionDraft[]): BankQuestion[] {
  return drafts.map(({ roleFamilies, ...draft }) => ({
    ...draft,
    kind: "role_specific",
    roleFamilies: [family, ...(roleFamilies ?? []).filter((extra) => extra !== family)],
  }));
}
