/**
 * What a follow-up question can probe: the gaps the STAR rubric finds in an answer, in the order an interviewer would
 * ask about them. Pure (the rubric's `StarScore` in, gap names out), so the browser, the server and the tests agree.
 */
import type { StarPart, StarScore } from "@/lib/scoring/star-schema";

/**
 * `ownership`: "we" without "I"; `result`: no outcome; `numbers`: an outcome without a figure; the three other STAR
 * parts: the weakest part of the story.
 */
export const FOLLOW_UP_TARGETS = ["ownership", "result", "numbers", "situation", "task", "action"] as const;
export type FollowUpTarget = (typeof FOLLOW_UP_TARGETS)[number];

/** The gap in plain words, for the feedback that says which gap a follow-up closed. */
export const FOLLOW_UP_GAP_LABELS: Record<FollowUpTarget, string> = {
  ownership: 'your own part ("I", not only "we")',
  result: "the outcome",
  numbers: "a figure for the result",
  situation: "the situation",
  task: "what you were responsible for",
  action: "the steps you took",
};

/** A result part scoring below this reads as no outcome at all ("it went well" scores 25, an unmeasured but concrete one 45). */
export const MISSING_RESULT_BELOW = 40;
/** A STAR part scoring below this is worth a follow-up (the same line the feedback draws for an improvement). */
export const WEAK_PART_BELOW = 70;

const STORY_PARTS: readonly StarPart[] = ["situation", "task", "action"];

/** Whether `star` still shows the gap `target` names. */
export function hasGap(target: FollowUpTarget, star: StarScore): boolean {
  const { parts, ownership } = star;
  switch (target) {
    case "ownership":
      return ownership.we > 0 && ownership.i === 0;
    case "result":
      return parts.result.score < MISSING_RESULT_BELOW;
    case "numbers":
      return parts.result.score >= MISSING_RESULT_BELOW && !star.quantifiedResult;
    default:
      return parts[target].score < WEAK_PART_BELOW;
  }
}

/**
 * Every gap the answer shows, the one to ask about first: "we" with no "I" (the question every interviewer asks),
 * then a missing outcome, an outcome without a figure, and last the weakest of the other STAR parts. Empty for an
 * answer with nothing to probe.
 */
export function findGaps(star: StarScore): FollowUpTarget[] {
  const gaps = (["ownership", "result", "numbers"] as const).filter((target) => hasGap(target, star));
  const weakParts = STORY_PARTS.filter((part) => hasGap(part, star)).sort((a, b) => star.parts[a].score - star.parts[b].score);
  return [...gaps, ...weakParts];
}
