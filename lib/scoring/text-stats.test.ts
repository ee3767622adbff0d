import { describe, expect, it } from "vitest";
import { countOwnership, countWords, quantityStrength, speakingTimeSeconds } from "./text-stats";

describe("countWords", () => {
  it("counts words and figures but not list markers or stray punctuation", () => {
    expect(countWords("- I cut costs by 40% — saving $2.1M in 2023 !")).toBe(9);
    expect(countWords("   ")).toBe(0);
  });
});

describe("speakingTimeSeconds", () => {
  it("estimates speaking time at 140 words a minute", () => {
    expect(speakingTimeSeconds(140)).toBe(60);
    expect(speakingTimeSeconds(70)).toBe(30);
    expect(speakingTimeSeconds(0)).toBe(0);
  });
});

describe("countOwnership", () => {
  it("counts singular and plural first-person pronouns, contractions included", () => {
    expect(countOwnership("I'm sure my manager asked me, and I did it myself. We and our team helped us.")).toEqual({
      i: 5,
      we: 3,
    });
  });

  it("ignores the i of i.e. and US written in capitals", () => {
    expect(countOwnership("We sold in the US, i.e. across 50 states.")).toEqual({ i: 0, we: 1 });
  });

  it("counts a lowercase i as the pronoun", () => {
    expect(countOwnership("so i fixed it and i told them").i).toBe(2);
  });
});

describe("quantityStrength", () => {
  it.each([
    ["errors fell by 40%", 2],
    ["we processed $2.1M", 2],
    ["load time fell from 3.2 to 0.9", 2],
    ["it saved 10 hours a week", 2],
    ["it was three times faster", 2],
    ["we signed up 300 new users", 2],
    ["we onboarded 12 teams", 1],
    ["in 2019 the team was small", 0],
    ["we upgraded to v2.1", 0],
    ["it went well", 0],
  ])("rates %j as %i", (text, strength) => {
    expect(quantityStrength(text)).toBe(strength);
  });
});
