import { describe, expect, it } from "vitest";
import { analyseAnswer } from "./analysis";
import { findPhrasingFixes } from "./phrasing";
import { buildSuggestions, MIN_SUGGESTIONS, quote } from "./suggestions";

describe("quote", () => {
  it("quotes a short sentence whole, without its closing punctuation", () => {
    expect(quote("It went well.")).toBe('"It went well"');
  });

  it("cuts a long sentence at the word limit with an ellipsis", () => {
    expect(quote("one two three four five six seven, eight", 6)).toBe('"one two three four five six…"');
  });
});

describe("buildSuggestions", () => {
  it("quotes a weak verb and asks what the candidate did", () => {
    const a = analyseAnswer(
      "Last year our launch was late. I helped with the testing and the release. In the end we launched two weeks late.",
    );
    expect(buildSuggestions(a)).toContain(
      '"I helped with the testing" hides your part. Say exactly what you did, e.g. "I wrote…", "I ran…", "I negotiated…".',
    );
  });

  it("points out filler words once they pile up", () => {
    const a = analyseAnswer("Basically our app was slow. I basically rewrote the cache, you know. It got faster by 50%.");
    expect(buildSuggestions(a).some((s) => s.startsWith('Drop filler words such as "basically" (3 in total)'))).toBe(true);
  });

  it("asks for a task sentence after the context when the task is missing", () => {
    const a = analyseAnswer("Our team was behind schedule. I rewrote the build scripts and I cut the test suite. We shipped on time.");
    expect(buildSuggestions(a)).toContain(
      'Say what you were responsible for in one sentence, e.g. "My goal was to …". Right now "Our team was behind schedule" leads straight into what happened.',
    );
  });

  it("always returns at least three suggestions, even for a one-word answer", () => {
    expect(buildSuggestions(analyseAnswer("Hello")).length).toBeGreaterThanOrEqual(MIN_SUGGESTIONS);
  });
});

describe("findPhrasingFixes", () => {
  it("suggests comparatives and the gerund after 'responsible for'", () => {
    expect(findPhrasingFixes("I was responsible to migrate it and it was more fast.")).toEqual([
      { found: "more fast", better: "faster" },
      { found: "responsible to migrate", better: "responsible for migrating" },
    ]);
  });

  it("skips a verb whose -ing form it cannot build safely", () => {
    expect(findPhrasingFixes("I was responsible to plan it.")).toEqual([]);
  });

  it("finds nothing in correct English", () => {
    expect(findPhrasingFixes("I was responsible for migrating it and it was faster.")).toEqual([]);
  });
});
