import { afterEach, describe, expect, it, vi } from "vitest";
import {
  followUpDraftSession,
  createDebouncedWriter,
  createDraftStore,
  DRAFT_KEY_PREFIX,
  DRAFT_OWNER_KEY,
  draftKey,
  type DraftStorage,
  legacyDraftKey,
  parseDraft,
  parseDraftKey,
} from "./draft-store";

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    key: (index) => [...data.keys()][index] ?? null,
    get length() {
      return data.size;
    },
  };
}

const draft = { text: "I led the migration.", mode: "typed" as const, startedAt: 1_000, segments: [] };
const ALICE = "0b9c1f7e-1111-4a5b-9c2d-aaaaaaaaaaaa";
const BOB = "0b9c1f7e-2222-4a5b-9c2d-bbbbbbbbbbbb";

/** A store over `storage` with `ownerId` signed in, as the signed-in header leaves it. */
function storeFor(storage: DraftStorage, ownerId: string, now?: () => number) {
  const store = createDraftStore(storage, now);
  store.open(ownerId);
  return store;
}

const draftKeys = (storage: { data: Map<string, string> }) => [...storage.data.keys()].filter((key) => key.startsWith(DRAFT_KEY_PREFIX));

describe("draft store", () => {
  it("keys drafts by owner, session and question position, and reads the owner and session back from a key", () => {
    expect(draftKey(ALICE, "abc", 2)).toBe(`rehearse:draft:${ALICE}:abc:2`);
    expect(parseDraftKey(draftKey(ALICE, "abc", 2))).toEqual({ ownerId: ALICE, sessionId: "abc" });
    expect(parseDraftKey(legacyDraftKey("abc", 2))).toEqual({ ownerId: null, sessionId: "abc" });
    expect(parseDraftKey("rehearse:draft-owner")).toBeNull();
    expect(parseDraftKey("other:abc:2")).toBeNull();
  });

  it("restores a saved draft for the same owner, session and question only", () => {
    const storage = memoryStorage();
    const store = storeFor(storage, ALICE, () => 42);
    store.save("s1", 1, draft);
    expect(store.load("s1", 1)).toEqual({ ...draft, savedAt: 42 });
    expect(store.load("s1", 2)).toBeNull();
    expect(store.load("s2", 1)).toBeNull();
    expect(storeFor(storage, BOB).load("s1", 1)).toBeNull();
  });

  it("survives a new store over the same storage, as after a reload", () => {
    const storage = memoryStorage();
    storeFor(storage, ALICE).save("s1", 3, { ...draft, mode: "voice", segments: [{ text: "hi", startMs: 0, endMs: 900 }] });
    const restored = createDraftStore(storage).load("s1", 3);
    expect(restored?.text).toBe(draft.text);
    expect(restored?.mode).toBe("voice");
    expect(restored?.segments).toEqual([{ text: "hi", startMs: 0, endMs: 900 }]);
  });

  it("clears the draft once the answer is stored", () => {
    const storage = memoryStorage();
    const store = storeFor(storage, ALICE);
    store.save("s1", 1, draft);
    store.clear("s1", 1);
    expect(draftKeys(storage)).toEqual([]);
  });

  it("removes the key instead of saving an empty draft", () => {
    const storage = memoryStorage();
    const store = storeFor(storage, ALICE);
    store.save("s1", 1, draft);
    store.save("s1", 1, { ...draft, text: "" });
    expect(storage.data.has(draftKey(ALICE, "s1", 1))).toBe(false);
  });

  it("deleting a session removes every draft of it and no other", () => {
    const storage = memoryStorage();
    const store = storeFor(storage, ALICE);
    store.save("s1", 1, draft);
    store.save("s1", 3, draft);
    store.save("s2", 1, draft);
    store.save(followUpDraftSession("s1"), 3, draft);
    storage.setItem(legacyDraftKey("s1", 2), JSON.stringify(draft));
    store.clearSession("s1");
    expect(draftKeys(storage)).toEqual([draftKey(ALICE, "s2", 1)]);
  });

  it("deleting the history removes every draft of the owner and legacy ones, and keeps another user's", () => {
    const storage = memoryStorage();
    storeFor(storage, BOB).save("b1", 1, draft);
    const store = storeFor(storage, ALICE);
    store.save("a1", 1, draft);
    store.save("a2", 2, draft);
    store.save(followUpDraftSession("a2"), 2, draft);
    storage.setItem(legacyDraftKey("old", 1), JSON.stringify(draft));
    store.clearOwnerDrafts();
    expect(draftKeys(storage)).toEqual([draftKey(BOB, "b1", 1)]);
    // Still signed in: new drafts are kept.
    store.save("a3", 1, draft);
    expect(store.load("a3", 1)?.text).toBe(draft.text);
  });

  it("signing out removes the owner's drafts and saves nothing more until someone signs in", () => {
    const storage = memoryStorage();
    const store = storeFor(storage, ALICE);
    store.save("s1", 1, { ...draft, text: "My confidential draft about leaving Acme Corp" });
    store.save(followUpDraftSession("s1"), 1, { ...draft, text: "My confidential follow-up about Acme Corp" });
    store.close();
    expect(draftKeys(storage)).toEqual([]);
    expect(storage.data.has(DRAFT_OWNER_KEY)).toBe(false);
    // A late write (the debounce firing, the flush when the room unmounts or the page is hidden) stores nothing.
    store.save("s1", 1, { ...draft, text: "My confidential draft about leaving Acme Corp" });
    expect([...storage.data.values()].join()).not.toContain("Acme");
    expect(store.load("s1", 1)).toBeNull();
    store.open(ALICE);
    store.save("s1", 1, draft);
    expect(store.load("s1", 1)?.text).toBe(draft.text);
  });

  it("moves a legacy draft under its owner when the owner reads it", () => {
    const storage = memoryStorage();
    storage.setItem(legacyDraftKey("s1", 1), JSON.stringify({ ...draft, savedAt: 7 }));
    const store = storeFor(storage, ALICE);
    expect(store.load("s1", 1)).toEqual({ ...draft, savedAt: 7 });
    expect(draftKeys(storage)).toEqual([draftKey(ALICE, "s1", 1)]);
    expect(store.load("s1", 1)?.text).toBe(draft.text);
  });

  it("treats storage that throws, or no storage, as empty", () => {
    const denied = () => {
      throw new Error("denied");
    };
    const broken: DraftStorage = { getItem: denied, setItem: denied, removeItem: denied, key: denied, length: 1 };
    for (const store of [createDraftStore(broken), createDraftStore(null)]) {
      expect(() => store.open(ALICE)).not.toThrow();
      expect(() => store.save("s1", 1, draft)).not.toThrow();
      expect(store.load("s1", 1)).toBeNull();
      expect(() => store.clear("s1", 1)).not.toThrow();
      expect(() => store.clearSession("s1")).not.toThrow();
      expect(() => store.clearOwnerDrafts()).not.toThrow();
      expect(() => store.close()).not.toThrow();
    }
  });

  it("reads corrupt or foreign values as no draft and drops malformed segments", () => {
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft(JSON.stringify({ body: "x" }))).toBeNull();
    expect(parseDraft(JSON.stringify({ text: "x", mode: "shouting", segments: [{ text: 1 }, { text: "ok", startMs: 0, endMs: 1 }] }))).toEqual({
      text: "x",
      mode: "typed",
      startedAt: null,
      segments: [{ text: "ok", startMs: 0, endMs: 1 }],
      savedAt: 0,
    });
  });
});

describe("debounced writer", () => {
  afterEach(() => vi.useRealTimers());

  it("writes the last value once after the quiet period", () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const writer = createDebouncedWriter(write, 300);
    writer.schedule("a");
    vi.advanceTimersByTime(200);
    writer.schedule("ab");
    vi.advanceTimersByTime(299);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledExactlyOnceWith("ab");
  });

  it("flushes the pending value at once, as on beforeunload, and only once", () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const writer = createDebouncedWriter(write, 300);
    writer.schedule("abc");
    writer.flush();
    vi.advanceTimersByTime(1_000);
    writer.flush();
    expect(write).toHaveBeenCalledExactlyOnceWith("abc");
  });

  it("drops the pending value on cancel", () => {
    vi.useFakeTimers();
    const write = vi.fn();
    const writer = createDebouncedWriter(write, 300);
    writer.schedule("abc");
    writer.cancel();
    vi.advanceTimersByTime(1_000);
    expect(write).not.toHaveBeenCalled();
  });
});
