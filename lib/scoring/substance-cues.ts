/**
 * Cues for what an answer is made of rather than which STAR part a sentence is: talk about oneself in general or in
 * the conditional ("I would…", "I always…"), which interviewers cannot check, and answers that decline the question.
 * Kept apart from star-cues.ts, which labels sentences; these judge whether there is a story to label at all.
 */

/**
 * A general or hypothetical statement instead of a past event: "I would talk to them", "I always stay calm", "If I
 * had a conflict…", "I think listening is key", "People have told me I am…". Published STAR guides single these out
 * ("don't explain what you might do or should do, but what you did do").
 */
export const GENERIC_STATEMENT =
  /\b(?:i\s+(?:would|'d|always|usually|normally|generally|tend to|try to|like to|believe|think|get on|don't really|do not really|am (?:always|someone|a perfectionist|a natural|working on))|if\s+(?:i|someone|a \w+|they)\s+(?:had|did|was|were|is|has|am)|(?:it is|it's|is)\s+(?:really\s+|very\s+|always\s+)?(?:important|essential|the key|key)\b|i\s+have\s+(?:always|a lot of experience)|(?:people|others)\s+(?:have\s+)?(?:told|tell)\s+me)\b/;

/** A candidate declining to answer: "I don't know", "can we skip this", "I can't think of an example". */
export const NON_ANSWER =
  /\b(?:i\s+(?:really\s+)?(?:don'?t|do not|dunno)\s+know|no idea|(?:can'?t|cannot|can not)\s+(?:think|remember|recall)|(?:can we|let'?s|i'?ll|i will)\s+(?:skip|pass|come back)|skip (?:this|that)|next question|not sure what to say|nothing comes to mind|i\s+(?:have\s+)?never\s+(?:really\s+)?(?:had|been|done|faced|dealt)|i\s+(?:have|'ve)\s+no\s+(?:example|experience)|i\s+pass)\b/;

/** Sounds a transcript carries when nobody said a word: hesitations, and the fillers around them. */
export const FILLER_TOKENS = new Set(["um", "umm", "uh", "uhh", "er", "erm", "hmm", "hm", "ah", "mm", "mhm", "eh", "so", "yeah", "like", "okay", "ok", "well"]);

/** The commonest English function words. Any sentence of real English is full of them; keyboard noise has none. */
export const FUNCTION_WORDS = new Set(
  ("the a an and or but to of in on at for with from by as is was were be been are it its this that these those i me " +
    "my we our us you your he she they them their his her not no so if then there here have has had do did will would " +
    "can could what when which who how all some").split(" "),
);

/** Words a question uses to frame any story; an answer that echoes only these does not show it is on topic. */
export const QUESTION_FRAME_WORDS = new Set(
  ("tell describe give example time times situation talk walk share explain about your you had have did were was " +
    "what how when where why which who team work worked working way ways someone something people person thing " +
    "things dealt deal handle handled particular specific ever moment occasion instance piece").split(" "),
);
