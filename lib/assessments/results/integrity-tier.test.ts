import { describe, expect, it } from "vitest";
import { faceLostShare, integrityTier, type IntegritySignals, tierRank } from "./integrity-tier";

const quiet: IntegritySignals = { tabSwitches: 0, windowBlurs: 0, lookAways: 0, multipleFaces: 0, faceLostMs: 0, answeringMs: 600_000, lowConfidence: 0 };

describe("integrityTier", () => {
  it("reports no issues for an attempt without signals", () => {
    expect(integrityTier(quiet)).toEqual({ tier: "none", lowConfidence: false, faceLostShare: 0 });
  });

  it("keeps one tab switch at no issues and two switches or blurs at some", () => {
    expect(integrityTier({ ...quiet, tabSwitches: 1 }).tier).toBe("none");
    expect(integrityTier({ ...quiet, tabSwitches: 1, windowBlurs: 1 }).tier).toBe("some");
    expect(integrityTier({ ...quiet, windowBlurs: 5 }).tier).toBe("some");
    expect(integrityTier({ ...quiet, tabSwitches: 3, windowBlurs: 3 }).tier).toBe("major");
  });

  it("rates look-aways at 3 as some and 10 as major", () => {
    expect(integrityTier({ ...quiet, lookAways: 2 }).tier).toBe("none");
    expect(integrityTier({ ...quiet, lookAways: 3 }).tier).toBe("some");
    expect(integrityTier({ ...quiet, lookAways: 10 }).tier).toBe("major");
  });

  it("rates any confident multiple-faces signal as major", () => {
    expect(integrityTier({ ...quiet, multipleFaces: 1 }).tier).toBe("major");
  });

  it("rates the face lost by its share of the answering time", () => {
    expect(integrityTier({ ...quiet, faceLostMs: 20_000 }).tier).toBe("none");
    expect(integrityTier({ ...quiet, faceLostMs: 30_000 }).tier).toBe("some");
    expect(integrityTier({ ...quiet, faceLostMs: 150_000 }).tier).toBe("major");
  });

  it("reports low-confidence signals as such without raising the tier", () => {
    expect(integrityTier({ ...quiet, lowConfidence: 40 })).toEqual({ tier: "none", lowConfidence: true, faceLostShare: 0 });
  });

  it("has no face-lost share without answering time", () => {
    expect(faceLostShare({ faceLostMs: 5000, answeringMs: 0 })).toBeNull();
    expect(integrityTier({ ...quiet, faceLostMs: 5000, answeringMs: 0 }).tier).toBe("none");
  });

  it("orders tiers none, some, major", () => {
    expect(tierRank("none")).toBeLessThan(tierRank("some"));
    expect(tierRank("some")).toBeLessThan(tierRank("major"));
  });
});
