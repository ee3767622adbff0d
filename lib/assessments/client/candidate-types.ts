/**
 * What the candidate API answers (the contract in issue #13), as the candidate's pages read it. Browser-safe types
 * only: the routes under app/api/assessment/[token] own the server side.
 */
import type { DeliveryMetrics, DeliverySegment } from "@/lib/scoring/delivery-config";

export type InviteState = "invited" | "opened" | "in_progress" | "submitted" | "expired" | "revoked";
export type TimeLimitMode = "soft" | "hard";
export type AllowedModes = "typed" | "voice" | "both";
export type AnswerMode = "typed" | "voice";

export type QuestionRules = {
  position: number;
  timeLimitSeconds: number;
  timeLimitMode: TimeLimitMode;
  modes: AllowedModes;
  /** How many times the answer may be cleared and redone before it is saved. */
  retakes: number;
};

/** GET /api/assessment/[token], for a browser that may see the assessment (nobody started, or this browser did). */
export type CandidateLinkDetails = {
  invite: { state: InviteState };
  assessment: {
    organisationName: string;
    title: string;
    roleTitle: string;
    introduction: string;
    questionCount: number;
    questions: QuestionRules[];
    proctoring: boolean;
    practiceQuestion: boolean;
    deadlineAt: string;
    retentionDays: number;
  };
  /** Whether this browser holds the attempt ("this") or nobody has started ("none"). */
  device: "this" | "none";
  consentVersion: string;
  /** What is collected, one plain sentence each. */
  collected: string[];
};

/** GET /api/assessment/[token]: another browser holds the attempt, so the link shows nothing of the assessment. */
export type OtherDeviceView = { invite: { state: InviteState }; device: "other" };

export type CandidateView = CandidateLinkDetails | OtherDeviceView;

/** GET /api/assessment/[token]/attempt */
export type CandidateAttempt = {
  attempt: { status: "in_progress" | "submitted"; startedAt: string; submittedAt: string | null };
  /** A question's text is null until it is shown (its start call returns it). */
  questions: (QuestionRules & { text: string | null; answered: boolean })[];
  practiceQuestion: { text: string } | null;
  deadlineAt: string;
};

export type AttemptQuestion = CandidateAttempt["questions"][number];

/** POST /api/assessment/[token]/answers/[position] */
export type AnswerSubmission = {
  answerText: string;
  mode: AnswerMode;
  durationMs: number;
  retakesUsed: number;
  /** Spoken answers: the numbers measured here and the timed stretches of speech they came from (the server checks). */
  delivery?: { metrics: DeliveryMetrics; segments: DeliverySegment[] };
};

export const PROCTORING_KINDS = ["tab_switch", "window_blur", "look_away", "multiple_faces", "face_lost"] as const;
export type ProctoringKind = (typeof PROCTORING_KINDS)[number];

/** One signal, as POST /api/assessment/[token]/events takes it: counts and times, never images. */
export type ProctoringEvent = {
  position: number;
  kind: ProctoringKind;
  /** Milliseconds from the question's start. */
  atMs: number;
  durationMs?: number;
  /** The presence tracker's confidence, 0..1, for camera signals. */
  confidence?: number;
};

/** One question's part of the integrity log, as the receipt gives it. */
export type IntegrityQuestion = {
  position: number;
  counts: Partial<Record<ProctoringKind, number>>;
  events: { kind: ProctoringKind; atMs: number; durationMs?: number | null }[];
};

/** GET /api/assessment/[token]/receipt */
export type CandidateReceipt = {
  submittedAt: string;
  integrity: { perQuestion: IntegrityQuestion[]; totals: Partial<Record<ProctoringKind, number>> };
  retentionUntil: string;
  answers: { position: number; question: string; answerText: string; mode: AnswerMode; durationMs: number | null }[];
};
