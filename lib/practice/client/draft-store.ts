/**
 * Answer drafts kept in the browser (localStorage, one key per user, session and question), so a reload, a lost
 * connection or a server error never loses what the candidate typed or dictated. The user and session in each key let
 * deleting a session, deleting the whole history and signing out remove every draft they cover: an unsubmitted answer
 * ("my draft about leaving my employer") must not outlive any of them on a shared computer. Pure apart from the storage it is given, so the
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

/** The subset of the Web Storage API the store uses (`key` and `length` to find every draft of a user or session). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export const DRAFT_KEY_PREFIX = "rehearse:draft:";
/**
 * Whose drafts this browser is keeping: the signed-in user's id, written by the signed-in header on every page and
 * removed at sign-out. Without it nothing is saved, so a save that lands after sign-out (the 250 ms debounce, the flush
 * on leaving the page, a room left open in another tab) cannot bring a draft back.
 */
export const DRAFT_OWNER_KEY = "rehearse:draft-owner";

const FOLLOW_UP_SUFFIX = "follow-up";

/** The draft "session" of a session's follow-up answers: its drafts go wherever the session's drafts go. */
export function followUpDraftSession(sessionId: string): string {
  return `${sessionId}:${FOLLOW_UP_SUFFIX}`;
}

/** `rehearse:draft:<ownerId>:<sessionId>:<position>`: one user's draft for one question. */
export function draftKey(ownerId: string, sessionId: string, position: number): string {
  return `${DRAFT_KEY_PREFIX}${encodeURIComponent(ownerId)}:${sessionId}:${position}`;
}

/** The key drafts had before they carried their owner; read once (and moved under the owner), and swept at sign-out. */
export function legacyDraftKey(sessionId: string, position: number): string {
  return `${DRAFT_KEY_PREFIX}${sessionId}:${position}`;
}

/** Whose draft and which session a key holds; owner null for a legacy key, null for anything that is not a draft. */
export function parseDraftKey(key: string): { ownerId: string | null; sessionId: string } | null {
  if (!key.startsWith(DRAFT_KEY_PREFIX)) return null;
  const parts = key.slice(DRAFT_KEY_PREFIX.length).split(":");
  if (parts.length === 2 && parts[0]) return { ownerId: null, sessionId: parts[0] };
  // A follow-up's draft names its session `<sessionId>:follow-up` (components/practice/session/use-follow-up.ts).
  const followUp = parts.length === 4 && parts[2] === FOLLOW_UP_SUFFIX;
  if ((parts.length !== 3 && !followUp) || !parts[0] || !parts[1]) return null;
  try {
    return { ownerId: decodeURIComponent(parts[0]), sessionId: parts[1] };
  } catch {
    return null;
  }
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

/** Runs a storage call, treating a throw (private mode, quota, storage disabled mid-session) as nothing happening. */
function attempt<T>(work: () => T, fallback: T): T {
  try {
    return work();
  } catch {
    return fallback;
  }
}

/** Every draft key in `storage` that `matches`, collected before any is removed (removal renumbers `key(i)`). */
function draftKeysWhere(storage: DraftStorage, matches: (owner: string | null, sessionId: string) => boolean): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    const parsed = key === null ? null : parseDraftKey(key);
    if (key !== null && parsed && matches(parsed.ownerId, parsed.sessionId)) keys.push(key);
  }
  return keys;
}

/**
 * Load, save and clear drafts in `storage`, under the owner named in it (DRAFT_OWNER_KEY); every method is a no-op
 * without storage, and saving is one without an owner.
 */
export function createDraftStore(storage: DraftStorage | null, now: () => number = Date.now) {
  const owner = (): string | null => (storage ? attempt(() => storage.getItem(DRAFT_OWNER_KEY) || null, null) : null);
  const removeWhere = (matches: (owner: string | null, sessionId: string) => boolean) => {
    if (!storage) return;
    attempt(() => draftKeysWhere(storage, matches).forEach((key) => storage.removeItem(key)), undefined);
  };
  const clearOwner = (ownerId: string | null) => removeWhere((keyOwner) => keyOwner === null || keyOwner === ownerId);

  return {
    /** The owner's draft for this question; a legacy draft for it is moved under the owner on the way. */
    load(sessionId: string, position: number): AnswerDraft | null {
      const ownerId = owner();
      if (!storage || !ownerId) return null;
      return attempt(() => {
        const key = draftKey(ownerId, sessionId, position);
        const own = parseDraft(storage.getItem(key));
        if (own) return own;
        // A legacy draft of this session can only be its owner's: the room that wrote it is theirs alone.
        const legacyKey = legacyDraftKey(sessionId, position);
        const raw = storage.getItem(legacyKey);
        const legacy = parseDraft(raw);
        if (legacy && raw) storage.setItem(key, raw);
        storage.removeItem(legacyKey);
        return legacy;
      }, null);
    },
    /** Saves the draft; an empty draft (no text, no segments) removes the key rather than storing nothing. */
    save(sessionId: string, position: number, draft: Omit<AnswerDraft, "savedAt">): void {
      const ownerId = owner();
      if (!storage || !ownerId) return;
      const key = draftKey(ownerId, sessionId, position);
      attempt(() => {
        if (draft.text === "" && draft.segments.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify({ ...draft, savedAt: now() }));
      }, undefined);
    },
    /** The answer is stored: its draft goes, and a legacy one for the same question. */
    clear(sessionId: string, position: number): void {
      const ownerId = owner();
      attempt(() => {
        storage?.removeItem(legacyDraftKey(sessionId, position));
        if (ownerId) storage?.removeItem(draftKey(ownerId, sessionId, position));
      }, undefined);
    },
    /** The session is deleted: every draft of it goes. */
    clearSession(sessionId: string): void {
      removeWhere((_owner, keySession) => keySession === sessionId);
    },
    /** The owner's history is deleted: all their drafts go, and legacy ones, which cannot be told apart. */
    clearOwnerDrafts(): void {
      clearOwner(owner());
    },
    /** Names who is signed in (on every signed-in page), so their drafts can be saved. */
    open(ownerId: string): void {
      if (storage) attempt(() => storage.setItem(DRAFT_OWNER_KEY, ownerId), undefined);
    },
    /** Sign-out: removes every draft of the owner (and legacy ones) and stops saving until someone signs in again. */
    close(): void {
      const ownerId = owner();
      if (storage) attempt(() => storage.removeItem(DRAFT_OWNER_KEY), undefined);
      clearOwner(ownerId);
    },
    owner,
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
