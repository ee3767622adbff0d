/**
 * How a follow-up answer counts: it is scored together with the original answer, as one story (the interviewer heard
 * both), and the feedback says whether it closed the gap the follow-up asked about, quoting the follow-up answer.
 */
import type { FeedbackItem } from "@/lib/practice/session/records";
import type { StarScore } from "@/lib/scoring/star-schema";
import { FOLLOW_UP_GAP_LABELS, type FollowUpTarget, hasGap } from "./gaps";
import { quoteSpan } from "./quote-span";

/** Feedback lists stay this short (the rubric's own cut), so the follow-up point replaces the last one. */
const MAX_ITEMS = 4;

/** The text scored for the pair: the original answer, then the follow-up answer, as one story in two paragraphs. */
export function combineAnswers(original: string, followUp: string): string {
  return `${original.trim()}\n\n${followUp.trim()}`;
}

/** Whether the follow-up closed its gap: the gap shows in the original answer's score and not in the pair's. */
export function closedGap(target: FollowUpTarget, combined: StarScore): boolean {
  return !hasGap(target, combined);
}

/** The feedback point about the follow-up, quoting its answer: a strength when it closed the gap, else an improvement. */
export function followUpFeedbackItem(target: FollowUpTarget, closed: boolean, followUpAnswer: string): FeedbackItem {
  const gap = FOLLOW_UP_GAP_LABELS[target];
  const quote = quoteSpan(followUpAnswer);
  return closed
    ? { key: "strength:follow-up", text: `Your follow-up answer closed the gap it asked about, ${gap}: ${quote}.` }
    : {
        key: "improve:follow-up-gap",
        text: `Your follow-up answer, ${quote}, still leaves out ${gap}. Add it in one sentence next time.`,
      };
}

/** The pair's feedback lists with the follow-up point first (and the lists still at most four long). */
export function withFollowUpItem<T extends { strengths: FeedbackItem[]; improvements: FeedbackItem[] }>(
  feedback: T,
  item: FeedbackItem,
): T {
  const list = item.key.startsWith("strength:") ? "strengths" : "improvements";
  const rest = feedback[list].filter((kept) => kept.key !== item.key);
  return { ...feedback, [list]: [item, ...rest].slice(0, MAX_ITEMS) };
}
