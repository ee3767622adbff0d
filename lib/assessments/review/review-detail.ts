/**
 * From the stored rows to what a reviewer reads about one candidate: per question the answer, its evaluation (scores
 * with the answer's own quotes, or "insufficient evidence" with the reason), delivery numbers, timing, the proctoring
 * signals with their context, and the human ratings (each reviewer's, the average, the viewer's own editable).
 * A camera signal below LOW_CONFIDENCE_THRESHOLD carries the words "low confidence" and never its number. Pure.
 */
import type { AssessmentAnswer, AssessmentAttempt, AssessmentQuestion, ProctoringEvent, ProctoringEventKind } from "@/db/schema";
import type { ReviewRow } from "@/db/queries/assessment-reviews";
import { readTotals } from "@/lib/assessments/candidate/integrity";
import { INTEGRITY_STATEMENT, type IntegrityTier, integrityTier, LOW_CONFIDENCE_THRESHOLD, TIER_LABELS } from "@/lib/assessments/results/integrity-tier";

export const LOW_CONFIDENCE_LABEL = "low confidence";

export type ReviewSignal = { kind: ProctoringEventKind; atMs: number; durationMs: number | null; confidence: number | typeof LOW_CONFIDENCE_LABEL | null };
export type ReviewEvaluation =
  | { kind: "scored"; dimensions: { name: string; score: number | null; quotes: string[] }[] }
  | { kind: "insufficient"; reason: string }
  | { kind: "none" };
export type ReviewRating = { reviewerName: string; rating: number | null; note: string | null; updatedAt: string };
export type ReviewRatings = { average: number | null; count: number; others: ReviewRating[]; own: { rating: number | null; note: string | null } | null };
export type DeliveryNumbers = { wordCount: number | null; wordsPerMinute: number | null; paceBand: string | null; longestPauseMs: number | null; fillers: number | null };

export type ReviewAnswer = {
  id: string;
  text: string;
  mode: "typed" | "voice";
  durationMs: number | null;
  overran: boolean;
  retakesUsed: number;
  overallScore: number | null;
  engine: string | null;
  model: string | null;
  rubricVersion: string | null;
  evaluation: ReviewEvaluation;
  delivery: DeliveryNumbers | null;
  ratings: ReviewRatings;
};
export type ReviewQuestion = { position: number; text: string; answer: ReviewAnswer | null; signals: ReviewSignal[] };
export type ReviewIntegrity = { tier: IntegrityTier; label: string; statement: string; lowConfidence: boolean };

/** jsonb keeps no key order: dimensions are shown in the rubric's order, any other after them. */
const DIMENSION_ORDER = ["structure", "relevance", "specificity", "impact"];
const dimensionRank = (name: string) => (DIMENSION_ORDER.includes(name) ? DIMENSION_ORDER.indexOf(name) : DIMENSION_ORDER.length);

const CAMERA_KINDS: ProctoringEventKind[] = ["look_away", "multiple_faces", "face_lost"];

function isLowConfidence(event: Pick<ProctoringEvent, "kind" | "confidence">): boolean {
  return CAMERA_KINDS.includes(event.kind) && event.confidence !== null && event.confidence < LOW_CONFIDENCE_THRESHOLD;
}

export function reviewSignal(event: ProctoringEvent): ReviewSignal {
  const confidence = event.confidence === null ? null : isLowConfidence(event) ? LOW_CONFIDENCE_LABEL : Math.round(event.confidence * 100) / 100;
  return { kind: event.kind, atMs: event.atMs, durationMs: event.durationMs, confidence };
}

const asRecord = (value: unknown): Record<string, unknown> | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const asNumber = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** The stored evaluation read leniently: an older or odd shape shows as no evaluation, never as an error. */
export function reviewEvaluation(stored: unknown): ReviewEvaluation {
  const evaluation = asRecord(stored);
  const insufficient = asRecord(evaluation?.insufficientEvidence);
  if (insufficient) return { kind: "insufficient", reason: typeof insufficient.reason === "string" ? insufficient.reason : "unknown" };
  const dimensions = asRecord(evaluation?.dimensions);
  if (!dimensions) return { kind: "none" };
  return {
    kind: "scored",
    dimensions: Object.entries(dimensions)
      .sort(([a], [b]) => dimensionRank(a) - dimensionRank(b) || a.localeCompare(b, "en"))
      .map(([name, value]) => {
      const dimension = asRecord(value);
      const quotes = Array.isArray(dimension?.quotes) ? dimension.quotes.filter((q): q is string => typeof q === "string") : [];
      return { name, score: asNumber(dimension?.score), quotes };
    }),
  };
}

export function deliveryNumbers(stored: unknown): DeliveryNumbers | null {
  const outer = asRecord(stored);
  const metrics = asRecord(outer?.metrics) ?? outer;
  if (!metrics) return null;
  return {
    wordCount: asNumber(metrics.wordCount),
    wordsPerMinute: asNumber(metrics.wordsPerMinute),
    paceBand: typeof metrics.paceBand === "string" ? metrics.paceBand : null,
    longestPauseMs: asNumber(metrics.longestPauseMs),
    fillers: asNumber(asRecord(metrics.fillers)?.total),
  };
}

/** Mean of the given ratings to one decimal, or null when none. */
export function averageRating(ratings: (number | null)[]): number | null {
  const given = ratings.filter((r): r is number => r !== null);
  return given.length ? Math.round((given.reduce((sum, r) => sum + r, 0) / given.length) * 10) / 10 : null;
}

export function reviewRatings(reviews: ReviewRow[], viewerUserId: string): ReviewRatings {
  const own = reviews.find((r) => r.reviewerUserId === viewerUserId);
  return {
    average: averageRating(reviews.map((r) => r.rating)),
    count: reviews.filter((r) => r.rating !== null).length,
    others: reviews
      .filter((r) => r.reviewerUserId !== viewerUserId)
      .map((r) => ({ reviewerName: r.reviewerName, rating: r.rating, note: r.note, updatedAt: r.updatedAt.toISOString() })),
    own: own ? { rating: own.rating, note: own.note } : null,
  };
}

function reviewAnswer(answer: AssessmentAnswer, reviews: ReviewRow[], viewerUserId: string): ReviewAnswer {
  return {
    id: answer.id,
    text: answer.answerText,
    mode: answer.mode,
    durationMs: answer.durationMs,
    overran: answer.overran,
    retakesUsed: answer.retakesUsed,
    overallScore: answer.overallScore,
    engine: answer.engine,
    model: answer.model,
    rubricVersion: answer.rubricVersion,
    evaluation: reviewEvaluation(answer.evaluation),
    delivery: deliveryNumbers(answer.delivery),
    ratings: reviewRatings(reviews.filter((r) => r.answerId === answer.id), viewerUserId),
  };
}

/** Each question with the attempt's answer to it and its signals (times are from the question's start). */
export function reviewQuestions(
  questions: AssessmentQuestion[],
  attempt: AssessmentAttempt | null,
  material: { answers: AssessmentAnswer[]; events: ProctoringEvent[]; reviews: ReviewRow[] },
  viewerUserId: string,
): ReviewQuestion[] {
  const answers = attempt ? material.answers.filter((a) => a.attemptId === attempt.id) : [];
  const events = attempt ? material.events.filter((e) => e.attemptId === attempt.id) : [];
  return questions.map((question) => {
    const answer = answers.find((a) => a.position === question.position);
    return {
      position: question.position,
      text: question.text,
      answer: answer ? reviewAnswer(answer, material.reviews, viewerUserId) : null,
      signals: events.filter((e) => e.position === question.position).map(reviewSignal),
    };
  });
}

/** The attempt's tier by the rule in integrity-tier.ts (from the stored totals once the timeline is deleted). */
export function reviewIntegrity(attempt: AssessmentAttempt, events: ProctoringEvent[], answers: AssessmentAnswer[]): ReviewIntegrity {
  const own = events.filter((e) => e.attemptId === attempt.id);
  const confident = own.filter((e) => !isLowConfidence(e));
  const count = (kind: ProctoringEventKind) => confident.filter((e) => e.kind === kind).length;
  const totals = own.length === 0 ? readTotals(attempt.integrity) : null;
  const signals = totals
    ? { tabSwitches: totals.tab_switch, windowBlurs: totals.window_blur, lookAways: totals.look_away, multipleFaces: totals.multiple_faces, faceLostMs: 0, answeringMs: 0, lowConfidence: 0 }
    : {
        tabSwitches: count("tab_switch"),
        windowBlurs: count("window_blur"),
        lookAways: count("look_away"),
        multipleFaces: count("multiple_faces"),
        faceLostMs: confident.filter((e) => e.kind === "face_lost").reduce((sum, e) => sum + (e.durationMs ?? 0), 0),
        answeringMs: answers.filter((a) => a.attemptId === attempt.id).reduce((sum, a) => sum + (a.durationMs ?? 0), 0),
        lowConfidence: own.length - confident.length,
      };
  const { tier, lowConfidence } = integrityTier(signals);
  return { tier, label: TIER_LABELS[tier], statement: INTEGRITY_STATEMENT, lowConfidence };
}
