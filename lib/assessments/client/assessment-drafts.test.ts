import { describe, expect, it } from "vitest";
import type { DraftStorage } from "@/lib/practice/client/draft-store";
import { type AssessmentDraft, assessmentDraftKey, createAssessmentDrafts } from "./assessment-drafts";

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const draft: AssessmentDraft = { text: "I led it", mode: "voice", shownAt: 1000, speechStartedAt: 1500, segments: [{ text: "I led it", startMs: 0, endMs: 900 }], retakesUsed: 1 };

describe("assessment drafts", () => {
  it("keys a draft by attempt and position, never by the link's token", () => {
    expect(assessmentDraftKey("a1", 2)).toBe("rehearse:assessment-draft:a1:2");
  });

  it("saves and restores a draft", () => {
    const drafts = createAssessmentDrafts(memoryStorage());
    drafts.save("a1", 1, draft);
    expect(drafts.load("a1", 1)).toEqual(draft);
    expect(drafts.load("a1", 2)).toBeNull();
  });

  it("clears every draft of a submitted attempt and leaves other attempts' drafts", () => {
    const storage = memoryStorage();
    const drafts = createAssessmentDrafts(storage);
    drafts.save("a1", 1, draft);
    drafts.save("a1", 2, draft);
    drafts.save("a2", 1, draft);
    storage.setItem("rehearse:draft:u:s:1", "{}");
    drafts.clearAttempt("a1");
    expect([...storage.map.keys()].sort()).toEqual(["rehearse:assessment-draft:a2:1", "rehearse:draft:u:s:1"]);
  });

  it("reads a damaged draft as none and survives storage that throws", () => {
    const storage = memoryStorage();
    storage.setItem(assessmentDraftKey("a1", 1), "{not json");
    storage.setItem(assessmentDraftKey("a1", 2), JSON.stringify({ text: 3, mode: "typed", shownAt: 1 }));
    const drafts = createAssessmentDrafts(storage);
    expect(drafts.load("a1", 1)).toBeNull();
    expect(drafts.load("a1", 2)).toBeNull();
    const broken = createAssessmentDrafts({ ...storage, getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("quota"); } });
    expect(broken.load("a1", 1)).toBeNull();
    expect(() => broken.save("a1", 1, draft)).not.toThrow();
    expect(createAssessmentDrafts(null).load("a1", 1)).toBeNull();
  });
});
