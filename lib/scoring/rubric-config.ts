/**
 * The rubric's constants: parts, version, weights, length limits, and the plain-words description built from them.
 * Kept free of zod so the scoring engine, which also runs in the browser as the candidate types, does not pull the
 * schema library into the client bundle. star-schema.ts re-exports all of it.
 */

/** The four STAR parts, in the order a well-structured answer tells them. */
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** Bump when scoring changes, so stored scores can be told apart from ones a newer rubric would give. */
export const RUBRIC_VERSION = "star-rubric-1.1";

/** How much each part contributes to `overall`. Action carries most: it is where the candidate shows what they did. */
export const PART_WEIGHTS: Record<StarPart, number> = {
  situation: 0.15,
  task: 0.15,
  action: 0.4,
  result: 0.3,
};

/** Answers shorter than this lose points: too short to show a full story. */
export const SHORT_ANSWER_WORDS = 60;
/** The most points a very short answer can lose. */
export const SHORT_ANSWER_MAX_PENALTY = 20;
/** About three minutes spoken; beyond it an interviewer's attention drifts. */
export const LONG_ANSWER_WORDS = 420;
/** The most points a very long answer can lose. */
export const LONG_ANSWER_MAX_PENALTY = 10;

/** Substance over length (see substance.ts, which applies them). */
/** Share of a present Situation's (or Task's) score credited to the missing other one. */
export const FOLDED_PART_SHARE = 0.5;
/** At least this share of sentences in general or hypothetical talk, and the answer has no example to credit. */
export const GENERIC_SHARE = 0.5;
/** Points lost when every sentence is general talk; a share of them loses that share of these points. */
export const GENERIC_PENALTY = 30;
/** The most an answer without a specific example can score. */
export const GENERIC_CAP = 10;
/** Below this many words an answer cannot tell a story, whatever cues it hits. */
export const MIN_STORY_WORDS = 30;
/** The most such an answer can score. */
export const TOO_SHORT_CAP = 25;
/** The most an answer without a single first-person action can score. */
export const NO_OWNED_ACTION_CAP = 35;

const pct = (w: number) => `${Math.round(w * 100)}%`;

/** Plain-words description of the rubric, shown in the "How we score" section. Built from the same constants the
 * engine uses, so the page cannot drift from the code. */
export const RUBRIC_DESCRIPTION = {
  version: RUBRIC_VERSION,
  summary:
    "We split your answer into sentences and read each one as Situation, Task, Action or Result, using the words " +
    "you chose, the tense and person you wrote in, and where the sentence sits in your answer (context usually " +
    "comes first, the outcome last). Each part gets a score from 0 to 100, and the overall score is a weighted " +
    "mix of the four. The same answer always gets the same score.",
  parts: {
    situation:
      "Set the scene in one or two sentences: where you were, when, and what was at stake. Specific context and " +
      "a clear problem earn points; a situation longer than three sentences or about 40% of the answer loses them.",
    task:
      "Say what you were responsible for or asked to do (\"My goal was…\", \"I was asked to…\"). Owning the task " +
      "in the first person and naming a concrete target or deadline earn points.",
    action:
      "The heart of the answer. Points come from specific steps told in the first person (\"I analysed…\", " +
      "\"I negotiated…\"), several distinct actions, and a clear sequence. Telling it all as \"we\" or with weak " +
      "verbs such as \"helped with\" lowers the score, because the interviewer cannot tell what you did.",
    result:
      "Finish with what changed. A measured change (a percentage, time or money saved, before and after) earns the " +
      "most, and a figure that measures no change earns less; concrete outcomes and what you learned add more. A " +
      "missing result scores zero and a vague one " +
      "(\"it went well\", \"everyone was happy\") scores low.",
  },
  overall:
    `Overall = ${pct(PART_WEIGHTS.situation)} Situation + ${pct(PART_WEIGHTS.task)} Task + ` +
    `${pct(PART_WEIGHTS.action)} Action + ${pct(PART_WEIGHTS.result)} Result, rounded to a whole number. ` +
    `Answers under ${SHORT_ANSWER_WORDS} words lose up to ${SHORT_ANSWER_MAX_PENALTY} points, and answers over ` +
    `${LONG_ANSWER_WORDS} words (about three minutes spoken) lose up to ${LONG_ANSWER_MAX_PENALTY}. ` +
    "We score substance, not length: when the Situation or the Task is missing but you say what you did and what " +
    `changed, the missing one earns ${pct(FOLDED_PART_SHARE)} of the other's credit; talk in general or in the ` +
    `conditional ("I would…", "I always…") costs up to ${GENERIC_PENALTY} points, and an answer made mostly of it ` +
    `scores at most ${GENERIC_CAP}; an answer with no action told as "I" scores at most ${NO_OWNED_ACTION_CAP}, and ` +
    `one under ${MIN_STORY_WORDS} words at most ${TOO_SHORT_CAP}. An empty, unintelligible or off-topic answer, or ` +
    "a refusal to answer, is not scored at all.",
} as const;
export type RubricDescription = typeof RUBRIC_DESCRIPTION;
