/**
 * The words and progress figures the feedback stream shows, in one place so the JSON and streaming paths and the
 * tests agree on them.
 */
import type { FeedbackStage } from "@/lib/practice/stream/events";

/** Progress (0 to 1) reached at each stage; the stream only ever moves forward through these. */
export const STAGE_PROGRESS: Record<FeedbackStage, number> = {
  received: 0.05,
  moderating: 0.15,
  scoring: 0.3,
  writing: 0.5,
  saving: 0.9,
};

/** What the candidate reads while each stage runs. */
export const STAGE_LABELS: Record<FeedbackStage, string> = {
  received: "Answer received",
  moderating: "Checking the answer against our content guidelines",
  scoring: "Scoring your answer",
  writing: "Writing a model answer",
  saving: "Saving your feedback",
};

/** Moderation flagged the answer: no feedback, nothing stored, and no judgement of the candidate. */
export const FLAGGED_ANSWER_MESSAGE =
  "We can't give feedback on this answer because parts of it may break our content guidelines. " +
  "Edit it and try again; your draft is still here.";

/** Moderation flagged the pasted job description when starting a session. */
export const FLAGGED_JOB_DESCRIPTION_MESSAGE =
  "We can't use this job description because parts of it may break our content guidelines. " +
  "Edit it or leave it out, and try again.";

/** The AI failed part-way (error, timeout, broken stream, unusable output): the rubric's feedback was stored. */
export const AI_FALLBACK_NOTICE =
  "The AI feedback stopped part-way, so you are seeing feedback from our scoring rubric instead. Your answer is saved.";
