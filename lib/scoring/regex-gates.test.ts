import { describe, expect, it } from "vitest";
import { anyOf, gateCues, sumCues, topLevelAlternatives } from "./regex-gates";
import * as fixtures from "./star-answers.fixture";
import { splitSentences } from "./sentences";
import {
  ACTION_CUES,
  type Cue,
  MEASURED_CHANGE,
  MEASURED_CHANGE_IN_WORDS,
  RESULT_CUES,
  SITUATION_CUES,
  TASK_CUES,
} from "./star-cues";

const SENTENCES = Object.values(fixtures)
  .filter((value): value is string => typeof value === "string")
  .flatMap(splitSentences)
  .map((s) => s.toLowerCase());

describe("topLevelAlternatives", () => {
  it("splits only at bars outside groups, classes and escapes", () => {
    expect(topLevelAlternatives(String.raw`a(b|c)|[|]|\|d|(?!e|f)g`)).toEqual(["a(b|c)", "[|]", String.raw`\|d`, "(?!e|f)g"]);
    expect(topLevelAlternatives("abc")).toEqual(["abc"]);
  });
});

describe("anyOf", () => {
  it("matches exactly when one of its patterns does", () => {
    const patterns = [/\bcat\b/, /\bdog(?:s)?\b/, /bird$/];
    const any = anyOf(patterns);
    for (const text of ["a cat", "two dogs", "catalogue", "hotdog", "a bird", "birds", "", "bobcat"]) {
      expect(any.test(text)).toBe(patterns.some((re) => re.test(text)));
    }
  });

  it("keeps an alternative without a word boundary unbounded", () => {
    const any = anyOf([/\bfoo|bar/]);
    expect(any.test("xbar")).toBe(true);
    expect(any.test("xfoo")).toBe(false);
  });

  it("keeps the patterns' flags", () => {
    expect(anyOf([/cat/i, /dog/i]).test("CAT")).toBe(true);
  });

  it("refuses patterns it cannot join faithfully", () => {
    expect(() => anyOf([/a/g])).toThrow();
    expect(() => anyOf([/a/, /b/i])).toThrow();
    expect(() => anyOf([/(a)\1/])).toThrow();
    expect(() => anyOf([/(?<word>a)/])).toThrow();
    expect(anyOf([/(?<=a)b/]).test("ab")).toBe(true);
  });

  it("never matches when given no patterns", () => {
    expect(anyOf([]).test("anything")).toBe(false);
  });
});

describe("gateCues and sumCues", () => {
  const plainSum = (cues: readonly Cue[], text: string) => cues.reduce((sum, c) => (c.re.test(text) ? sum + c.w : sum), 0);

  it("adds the same weights, in the same order, as testing every cue", () => {
    for (const cues of [SITUATION_CUES, TASK_CUES, ACTION_CUES, RESULT_CUES]) {
      const gated = gateCues(cues);
      for (const sentence of SENTENCES) expect(sumCues(gated, sentence)).toBe(plainSum(cues, sentence));
    }
  });

  it("tests an often-matching cue on its own and gates the runs between", () => {
    const cues: Cue[] = [{ re: /a/, w: 1 }, { re: /b/, w: 2 }, { re: /c/, w: 4, often: true }, { re: /d/, w: 8 }];
    const runs = gateCues(cues);
    expect(runs.map((run) => [run.gate !== null, run.cues.length])).toEqual([[true, 2], [false, 1], [false, 1]]);
    expect(sumCues(runs, "abd")).toBe(11);
    expect(sumCues(runs, "zzz")).toBe(0);
  });
});

describe("MEASURED_CHANGE_IN_WORDS", () => {
  it("agrees with MEASURED_CHANGE on text without a digit", () => {
    const texts = [...SENTENCES, "sales doubled", "it shipped a week early", "two days early", "three times faster", "it rose a lot"];
    for (const text of texts.filter((t) => !/\d/.test(t))) {
      expect(MEASURED_CHANGE_IN_WORDS.test(text)).toBe(MEASURED_CHANGE.test(text));
    }
  });
});
