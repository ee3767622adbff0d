import { describe, expect, it } from "vitest";
import { getBankQuestion, QUESTION_BANK, QUESTION_BANK_VERSION } from "./bank";
import { tokenise } from "./text";
import { COMPETENCIES, QUESTION_KINDS, ROLE_FAMILIES } from "./types";

const behavioural = QUESTION_BANK.filter((q) => q.kind === "behavioural");
const roleSpecific = QUESTION_BANK.filter((q) => q.kind === "role_specific");
const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

describe("QUESTION_BANK", () => {
  it("holds at least 170 questions and names its version", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(170);
    expect(QUESTION_BANK_VERSION).toMatch(/\S/);
  });

  it("gives every question a unique id in the slug pattern", () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*-\d{2}$/);
    for (const q of behavioural) expect(q.id.startsWith("beh-")).toBe(true);
    for (const q of roleSpecific) expect(q.id.startsWith("beh-")).toBe(false);
  });

  it("has no duplicate texts, ignoring case and punctuation", () => {
    const texts = QUESTION_BANK.map((q) => normalise(q.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("has no near-duplicates: no two questions share half their content words", () => {
    const stems = QUESTION_BANK.map((q) => new Set(tokenise(q.text).map((token) => token.stem)));
    const similar: string[] = [];
    stems.forEach((a, i) => {
      stems.slice(i + 1).forEach((b, offset) => {
        const shared = [...a].filter((stem) => b.has(stem)).length;
        const pair = `${QUESTION_BANK[i]?.id} ~ ${QUESTION_BANK[i + offset + 1]?.id}`;
        if (shared / (a.size + b.size - shared) >= 0.5) similar.push(pair);
      });
    });
    expect(similar).toEqual([]);
  });

  it("gives every question a kind, 1–3 known competencies, known families, keywords and at least 30 characters", () => {
    for (const q of QUESTION_BANK) {
      expect(QUESTION_KINDS).toContain(q.kind);
      expect(q.text.length).toBeGreaterThanOrEqual(30);
      expect(q.text.trim()).toBe(q.text);
      expect(q.competencies.length).toBeGreaterThanOrEqual(1);
      expect(q.competencies.length).toBeLessThanOrEqual(3);
      expect(new Set(q.competencies).size).toBe(q.competencies.length);
      for (const c of q.competencies) expect(COMPETENCIES).toContain(c);
      expect(q.roleFamilies.length).toBeGreaterThanOrEqual(1);
      for (const f of q.roleFamilies) expect([...ROLE_FAMILIES, "any"]).toContain(f);
      expect(q.keywords.length).toBeGreaterThanOrEqual(1);
      if (q.followUp !== undefined) expect(q.followUp.length).toBeGreaterThan(10);
    }
  });

  it("uses keywords that survive tokenising, so each can match something", () => {
    const empty = QUESTION_BANK.flatMap((q) =>
      q.keywords.filter((k) => tokenise(k).length === 0).map((k) => `${q.id}: ${k}`),
    );
    expect(empty).toEqual([]);
  });

  it("tags role-specific questions with a family, never with 'any'", () => {
    for (const q of roleSpecific) expect(q.roleFamilies).not.toContain("any");
  });

  it("has at least 8 role-specific questions in every role family", () => {
    for (const family of ROLE_FAMILIES) {
      const count = roleSpecific.filter((q) => q.roleFamilies.includes(family)).length;
      expect({ family, count: Math.min(count, 8) }).toEqual({ family, count: 8 });
    }
  });

  it("has at least 6 behavioural questions for every competency, and 5 where it is the primary one", () => {
    for (const competency of COMPETENCIES) {
      const tagged = behavioural.filter((q) => q.competencies.includes(competency)).length;
      const primary = behavioural.filter((q) => q.competencies[0] === competency).length;
      expect({ competency, tagged: Math.min(tagged, 6), primary: Math.min(primary, 5) }).toEqual({
        competency,
        tagged: 6,
        primary: 5,
      });
    }
  });

  it("has at least 12 competencies and 10 role families", () => {
    expect(COMPETENCIES.length).toBeGreaterThanOrEqual(12);
    expect(ROLE_FAMILIES.length).toBeGreaterThanOrEqual(10);
  });

  it("finds a question by id", () => {
    expect(getBankQuestion("beh-conflict-01")?.competencies[0]).toBe("conflict");
    expect(getBankQuestion("nope-01")).toBeUndefined();
  });
});
