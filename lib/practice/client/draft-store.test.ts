import { afterEach, describe, expect, it, vi } from "vitest";
import { createDebouncedWriter, createDraftStore, draftKey, type DraftStorage, parseDraft } from "./draft-store";

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const draft = { text: "I led the migration.", mode: "typed" as const, startedAt: 1_000, segments: [] };

describe("draft store", () => {
  it("keys drafts by session and question position", () => {
    expect(draftKey("abc", 2)).toBe("rehearse:draft:abc:2");
  });

  it("restores a saved draft for the same session and question only", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, () => 42);
    store.save("s1", 1, draft);
    expect(store.load("s1", 1)).toEqual({ ...draft, savedAt: 42 });
    expect(store.load("s1", 2)).toBeNull();
    expect(store.load("s2", 1)).toBeNull();
  });

  it("survives a new store over the same storage, as after a reload", () => {
    const storage = memoryStorage();
    createDraftStore(storage).save("s1", 3, { ...draft, mode: "voice", segments: [{ text: "hi", startMs: 0, endMs: 900 }] });
    const restored = createDraftStore(storage).load("s1", 3);
    expect(restored?.text).toBe(draft.text);
    expect(restored?.mode).toBe("voice");
    expect(restored?.segments).toEqual([{ text: "hi", startMs: 0, endMs: 900 }]);
  });

  it("clears the draft once the answer is stored", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    store.save("s1", 1, draft);
    store.clear("s1", 1);
    expect(storage.data.size).toBe(0);
  });

  it("removes the key instead of saving an empty draft", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage);
    store.save("s1", 1, draft);
    store.save("s1", 1, { ...draft, text: "" });
    expect(storage.data.has(draftKey("s1", 1))).toBe(false);
  });

  it("treats storage that throws, or no storage, as empty", () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    for (const store of [createDraftStore(broken), createDraftStore(null)]) {
      expect(() => store.save("s1", 1, draft)).not.toThrow();
      expect(store.load("s1", 1)).toBeNull();
      expect(() => store.clear("s1", 1)).not.toThrow();
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
