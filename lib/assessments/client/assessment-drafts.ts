/**
 * Assessment answers in progress, kept in this browser's localStorage as practice drafts are, so leaving and coming
 * back (until the deadline) loses nothing. One key per attempt and question, `rehearse:assessment-draft:<attemptId>:
 * <position>` (never the link's token); a draft is removed when its answer is saved, and all of an attempt's drafts
 * when it is submitted. Storage that throws is treated as absent: drafts are a safety net.
 */
import type { DraftStorage } from "@/lib/practice/client/draft-store";
import type { DeliverySegment } from "@/lib/scoring/delivery-config";
import type { AnswerMode } from "./candidate-types";

export const ASSESSMENT_DRAFT_PREFIX = "rehearse:assessment-draft:";

export type AssessmentDraft = {
  text: string;
  mode: AnswerMode;
  /** Epoch ms when the question was first shown: the time limit runs from here, across reloads. */
  shownAt: number;
  /** Epoch ms when speaking first started: the base the dictation's segment times are measured from. */
  speechStartedAt: number | null;
  segments: DeliverySegment[];
  retakesUsed: number;
};

export function assessmentDraftKey(attemptId: string, position: number): string {
  return `${ASSESSMENT_DRAFT_PREFIX}${attemptId}:${position}`;
}

function parse(raw: string | null): AssessmentDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<AssessmentDraft>;
    if (typeof value.text !== "string" || (value.mode !== "typed" && value.mode !== "voice")) return null;
    if (typeof value.shownAt !== "number" || !Number.isFinite(value.shownAt)) return null;
    const segments = Array.isArray(value.segments) ? value.segments.filter((s) => typeof s?.startMs === "number" && typeof s?.endMs === "number") : [];
    const retakesUsed = Number.isInteger(value.retakesUsed) && (value.retakesUsed as number) >= 0 ? (value.retakesUsed as number) : 0;
    const speechStartedAt = typeof value.speechStartedAt === "number" && Number.isFinite(value.speechStartedAt) ? value.speechStartedAt : null;
    return { text: value.text, mode: value.mode, shownAt: value.shownAt, speechStartedAt, segments, retakesUsed };
  } catch {
    return null;
  }
}

export function createAssessmentDrafts(storage: DraftStorage | null) {
  const attempt = <T>(run: () => T, fallback: T): T => {
    try {
      return storage ? run() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    load: (attemptId: string, position: number): AssessmentDraft | null =>
      attempt(() => parse(storage!.getItem(assessmentDraftKey(attemptId, position))), null),
    save: (attemptId: string, position: number, draft: AssessmentDraft): void =>
      attempt(() => storage!.setItem(assessmentDraftKey(attemptId, position), JSON.stringify(draft)), undefined),
    clear: (attemptId: string, position: number): void => attempt(() => storage!.removeItem(assessmentDraftKey(attemptId, position)), undefined),
    /** Every draft of the attempt: after submit nothing of it stays in this browser. */
    clearAttempt: (attemptId: string): void =>
      attempt(() => {
        const prefix = `${ASSESSMENT_DRAFT_PREFIX}${attemptId}:`;
        const keys: string[] = [];
        for (let i = 0; i < storage!.length; i += 1) {
          const key = storage!.key(i);
          if (key?.startsWith(prefix)) keys.push(key);
        }
        keys.forEach((key) => storage!.removeItem(key));
      }, undefined),
  };
}
export type AssessmentDrafts = ReturnType<typeof createAssessmentDrafts>;
