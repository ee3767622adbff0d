/**
 * Answer drafts kept in the browser (localStorage, one key per session and question), so a reload, a lost connection
 * or a server error never loses what the candidate typed or dictated. Pure apart from the storage it is given, so the
 * unit tests pass an in-memory one. Storage that throws (private mode, quota, disabled) is treated as absent: drafts
 * are a safety net, never a reason for the answer screen to fail.
 */
import type { DeliverySegment } from "@/lib/scoring/delivery-config";

/** What is kept for one unanswered question. */
export type AnswerDraft = {
  text: string;
  /** Which input the candidate was using, so the screen comes back the way they left it. */
  mode: "typed" | "voice";
  /** Epoch ms when the answer started (first keystroke or first recording), so the timer resumes after a reload. */
  startedAt: number | null;
  /** Timed stretches of dictation, so pace survives a reload. */
  segments: DeliverySegment[];
  savedAt: number;
};

/** The subset of the Web Storage API the store uses. */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const DRAFT_KEY_PREFIX = "rehearse:draft:";

/** `rehearse:draft:<sessionId>:<position>`. */
export function draftKey(sessionId: string, position: number): string {
  return `${DRAFT_KEY_PREFIX}${sessionId}:${position}`;
}

function isSegment(value: unknown): value is DeliverySegment {
  const s = value as DeliverySegment;
  return (
    typeof s === "object" && s !== null && typeof s.text === "string" && Number.isFinite(s.startMs) && Number.isFinite(s.endMs)
  );
}

/** Reads a stored draft; anything that is not one (old format, hand-edited, corrupt JSON) reads as no draft. */
export function parseDraft(raw: string | null): AnswerDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const v = value as Partial<AnswerDraft> | null;
  if (typeof v !== "object" || v === null || typeof v.text !== "string") return null;
  return {
    text: v.text,
    mode: v.mode === "voice" ? "voice" : "typed",
    startedAt: typeof v.startedAt === "number" && Number.isFinite(v.startedAt) ? v.startedAt : null,
    segments: Array.isArray(v.segments) ? v.segments.filter(isSegment) : [],
    savedAt: typeof v.savedAt === "number" ? v.savedAt : 0,
  };
}

/** The browser's localStorage, or null where it cannot be reached (server render, sandboxed iframe, disabled). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window !== "undefined" && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Load, save and clear drafts in `storage`; every method is a no-op without storage. */
export function createDraftStore(storage: DraftStorage | null, now: () => number = Date.now) {
  return {
    load(sessionId: string, position: number): AnswerDraft | null {
      try {
        return parseDraft(storage?.getItem(draftKey(sessionId, position)) ?? null);
      } catch {
        return null;
      }
    },
    /** Saves the draft; an empty draft (no text, no segments) removes the key rather than storing nothing. */
    save(sessionId: string, position: number, draft: Omit<AnswerDraft, "savedAt">): void {
      if (!storage) return;
      try {
        if (draft.text === "" && draft.segments.length === 0) storage.removeItem(draftKey(sessionId, position));
        else storage.setItem(draftKey(sessionId, position), JSON.stringify({ ...draft, savedAt: now() }));
      } catch {
        // Quota exceeded or storage disabled mid-session: the text is still on screen.
      }
    },
    clear(sessionId: string, position: number): void {
      try {
        storage?.removeItem(draftKey(sessionId, position));
      } catch {
        // See save().
      }
    },
  };
}
export type DraftStore = ReturnType<typeof createDraftStore>;

/**
 * Runs `write(value)` at most once per `delayMs` of quiet after the last `schedule`. `flush` writes the pending value
 * now (used on `beforeunload` and before submitting), `cancel` drops it.
 */
export function createDebouncedWriter<T>(write: (value: T) => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    write(value);
  };
  return {
    schedule(value: T) {
      pending = { value };
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
