import { describe, expect, it } from "vitest";
import { detectFillers } from "./delivery-fillers";
import { computeDeliveryMetrics } from "./delivery-metrics";
import { tokenize } from "./delivery-tokens";

const fillersIn = (text: string) => detectFillers(tokenize(text));
const likeCount = (text: string) => fillersIn(text).byWord.like ?? 0;

// Fillers:      um (1)                       like (1)                 um (2)
// Not fillers:       "I like Go"                                              "looks like"
const MIXED =
  "Um, I like Go, so I picked it. It was, like, hard at first. Um, the code looks like a maze, " +
  // Fillers:  you know (1)  like (2)                um (3)
  // Not:                                "Do you know"            "would like to"
  "you know, and like we had no tests. Do you know what helped? I would like to say luck, but um, it was pairing.";

describe("detectFillers", () => {
  it("counts exactly the fillers in a transcript that mixes filler and ordinary uses", () => {
    expect(fillersIn(MIXED)).toEqual({ total: 6, byWord: { um: 3, like: 2, "you know": 1 } });
  });

  it("finds the same fillers in an unpunctuated Web Speech transcript", () => {
    const unpunctuated =
      "um i like go so i picked it it was like really hard at first um the code looks like a maze you know " +
      "and like we had no tests do you know what helped i would like to say luck but um it was pairing";
    expect(fillersIn(unpunctuated)).toEqual({ total: 6, byWord: { um: 3, like: 2, "you know": 1 } });
  });

  it("ignores case and curly apostrophes", () => {
    expect(fillersIn("UM, It Was, LIKE, fine. Y’know?").byWord).toEqual({ um: 1, like: 1, "you know": 1 });
  });

  it.each([
    ["it was, like, hard", 1],
    ["Like, we never tested it", 1],
    ["and like we had no tests", 1],
    ["so like the build broke", 1],
    ["it was like really slow", 1],
    ["um like I was stuck", 1],
    ["I like Go", 0],
    ["it looks like a maze", 0],
    ["I would like to lead", 0],
    ["I'd like to lead", 0],
    ["something like 20% faster", 0],
    ["it took like five days", 0],
    ["and like 20 people came", 0],
    ["it cost, like, a hundred dollars", 0],
    ["like I said, it failed", 0],
    ["Like most teams, we shipped late", 0],
    ["I feel like it failed", 0],
    ["the tools I like.", 0],
    ["we use Go and like it.", 0],
  ])("counts 'like' only as a filler: %j → %i", (text, expected) => {
    expect(likeCount(text)).toBe(expected);
  });

  it.each([
    ["it was hard, you know, at first", 1],
    ["you know we had no tests", 1],
    ["it broke, you know?", 1],
    ["do you know the answer", 0],
    ["you know how to deploy it", 0],
    ["as you know, it failed", 0],
    ["you know what I mean", 0],
  ])("counts 'you know' only as a filler: %j → %i", (text, expected) => {
    expect(fillersIn(text).byWord["you know"] ?? 0).toBe(expected);
  });

  it.each([
    ["it was kind of slow", { "kind of": 1 }],
    ["I sort of led it", { "sort of": 1 }],
    ["it was kinda slow", { "kind of": 1 }],
    ["we picked a kind of database", {}],
    ["what kind of tool was it", {}],
    ["that sort of thing happens", {}],
  ])("counts 'kind of' and 'sort of' only as hedges: %j", (text, expected) => {
    expect(fillersIn(text).byWord).toEqual(expected);
  });

  it.each([
    ["So, I was working at a bank.", { so: 1 }],
    ["Um, so I was working at a bank.", { um: 1, so: 1 }],
    ["so i was working at a bank", { so: 1 }],
    ["So far it works.", {}],
    ["It broke. So we rolled back.", {}],
    ["It broke. So, um, we rolled back.", { so: 1, um: 1 }],
    ["it broke so we rolled back", {}],
  ])("counts 'so' only when it opens the answer or leads into another filler: %j", (text, expected) => {
    expect(fillersIn(text).byWord).toEqual(expected);
  });

  it.each([
    ["I mean, we had nothing.", { "i mean": 1 }],
    ["i mean we had nothing", { "i mean": 1 }],
    ["What I mean is simple.", {}],
    ["I mean it.", {}],
    ["Actually, it worked.", { actually: 1 }],
    ["What actually happened was simple.", {}],
    ["We basically rewrote it and it literally flew.", { basically: 1, literally: 1 }],
    ["Er, erm, hmm, umm, uhh.", { er: 1, erm: 1, hmm: 1, um: 1, uh: 1 }],
  ])("reads 'I mean', 'actually' and hesitations in context: %j", (text, expected) => {
    expect(fillersIn(text).byWord).toEqual(expected);
  });

  it("reports fillers per minute of wall time", () => {
    const m = computeDeliveryMetrics({ transcript: MIXED, durationMs: 30_000, mode: "voice" });
    expect(m.fillers).toEqual({ total: 6, perMinute: 12, byWord: { um: 3, like: 2, "you know": 1 } });
  });

  it("gives no per-minute rate for a typed answer", () => {
    const m = computeDeliveryMetrics({ transcript: MIXED, durationMs: 30_000, mode: "typed" });
    expect(m.fillers.total).toBe(6);
    expect(m.fillers.perMinute).toBeNull();
  });
});
