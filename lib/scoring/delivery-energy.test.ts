import { describe, expect, it } from "vitest";
import { ENERGY_METHOD, measureEnergy } from "./delivery-energy";
import { tokenize } from "./delivery-tokens";

const energyOf = (text: string) => {
  const t = tokenize(text);
  return measureEnergy(t, t.words.length);
};

// 8 assertive: I led, I decided, I built, I delivered, I will, definitely, We shipped, I made. No hedges.
const ASSERTIVE =
  "I led the payments migration. I decided to split the service in two. I built the pipeline and I delivered it " +
  "two weeks early. I will definitely do it again. We shipped on time and I made sure the team knew why.";

// 12 hedges: I think, maybe, kind of, I guess, perhaps, probably, just, hopefully, might, I feel like, sort of, a bit.
const HEDGING =
  "I think maybe we kind of fixed it, I guess. Perhaps it was probably just luck, and hopefully it might hold. " +
  "I feel like it was sort of a bit slow.";

describe("measureEnergy", () => {
  it("scores an assertive answer above 70", () => {
    const e = energyOf(ASSERTIVE);
    expect(e).toMatchObject({ assertive: 8, hedges: 0 });
    expect(e.score).toBeGreaterThan(70);
  });

  it("scores a hedging answer below 40", () => {
    const e = energyOf(HEDGING);
    expect(e).toMatchObject({ assertive: 0, hedges: 12 });
    expect(e.score).toBeLessThan(40);
  });

  it("applies the documented formula: 50 + 50 × (a − h) / (a + h + 2)", () => {
    // 2 assertive (I led, I decided), 1 hedge (maybe): 50 + 50 × 1 / 5 = 60.
    expect(energyOf("I led it. I decided. Maybe.").score).toBe(60);
  });

  it("sits at a neutral 50 when there are no markers", () => {
    const e = energyOf("The system processed orders for the warehouse in three regions.");
    expect(e).toMatchObject({ score: 50, assertive: 0, hedges: 0 });
    expect(e.explanation).toContain("neutral");
  });

  it("gives a 20-word answer a confidence below 0.4 and says why", () => {
    const twenty = "I led the migration and I built the new pipeline that moved every single invoice to the queue last spring.";
    expect(tokenize(twenty).words).toHaveLength(20);
    const e = energyOf(twenty);
    expect(e.confidence).toBeLessThan(0.4);
    expect(e.explanation).toContain("Low confidence");
  });

  it("reaches full confidence at 120 words", () => {
    const long = Array.from({ length: 12 }, () => "We moved the billing jobs to a queue last spring.").join(" ");
    expect(energyOf(long).confidence).toBe(1);
  });

  it("explains the score with the phrases it found", () => {
    const e = energyOf(ASSERTIVE);
    expect(e.explanation).toContain('"I led"');
    expect(e.explanation.length).toBeGreaterThan(20);
  });

  it("reads 'I think' and 'I'm not sure' as hedges, not as assertive 'I' phrases", () => {
    expect(energyOf("I think so. I'm not sure.")).toMatchObject({ assertive: 0, hedges: 2 });
    expect(energyOf("I'm sure. I know it works.")).toMatchObject({ assertive: 2, hedges: 0 });
  });

  it("describes the method in plain words for the UI", () => {
    expect(ENERGY_METHOD).toContain("50 + 50 × (assertive − hedges) ÷ (assertive + hedges + 2)");
    expect(ENERGY_METHOD).toContain("words ÷ 120");
  });
});
