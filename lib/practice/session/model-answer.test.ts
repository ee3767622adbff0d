import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { STAR_PARTS } from "@/lib/scoring/star-schema";
import { STRONG_ANSWER, WEAK_ANSWER } from "./answers.fixture";
import { buildModelAnswer } from "./model-answer";
import { RELEVANCE_CASES } from "./relevance-cases.fixture";

const question = { kind: "behavioural", competencies: ["ownership", "customer_focus"] };
const build = (answer: string, targetRole: string | null = "Product Manager") =>
  buildModelAnswer({ question, targetRole, competencyLabel: "ownership", star: scoreStarAnswer(answer) });

describe("offline model answer", () => {
  it("keeps a complete answer's own sentences, including its measured result, and adds nothing generic", () => {
    const model = build(STRONG_ANSWER);
    expect(model.parts.result).toContain("As a result, failures dropped from 5% to 0.2% and we recovered £40k a month.");
    expect(model.parts.situation).toContain("Last year at Acme our checkout was failing for 5% of customers");
    expect(model.parts.action).toContain("I analysed the payment logs");
    expect(model.generic).toEqual([]);
    expect(model.text).toContain("as a Product Manager");
  });

  it("fills a thin answer's missing parts with complete generic sentences and says which parts they are", () => {
    const model = build(WEAK_ANSWER);
    expect(model.generic.length).toBeGreaterThanOrEqual(2);
    for (const part of model.generic) expect(model.parts[part].length).toBeGreaterThan(20);
    expect(model.text).toMatch(/\bI\b/);
    expect(model.text).not.toMatch(/[[\]]/);
  });

  it("adds an explicit first-person step when no action says what I did", () => {
    const answer =
      "Last spring our team's release was slipping by two weeks. We had to ship before the trade show in May. " +
      "We split the backlog, we paired on the hardest tickets and we cut two minor features. " +
      "As a result, we shipped three days early and signed 12 new customers at the show.";
    const model = build(answer);
    expect(model.generic).toContain("action");
    expect(model.parts.action).toMatch(/We split the backlog/);
    expect(model.parts.action).toMatch(/My own part was that I /);
    expect(model.parts.result).toContain("we shipped three days early and signed 12 new customers at the show.");
  });

  it("asks for a measure only when the result has no figure", () => {
    const [incident] = RELEVANCE_CASES;
    expect(build(incident!.answer).parts.result).not.toMatch(/measured the change/);
    const unmeasured = build("I was asked to fix the report. I rewrote the query and I tested it. As a result, the report was much faster.");
    expect(unmeasured.parts.result).toContain("As a result, the report was much faster.");
    expect(unmeasured.parts.result).toMatch(/measured the change/);
    expect(unmeasured.generic).toContain("result");
  });

  it("is fully generic, and says so, without the candidate's answer", () => {
    const model = buildModelAnswer({ question, targetRole: null, competencyLabel: "ownership" });
    expect(model.generic).toEqual([...STAR_PARTS]);
    expect(model.text).toContain("in the role I am applying for");
  });

  it("never shows a square-bracket placeholder, and its text is its parts in STAR order", () => {
    const word = fc.constantFrom("I", "we", "fixed", "the", "[name]", "bug", "50%", "result", "team", "]", "[", "As a result,", "my", "task");
    const sentence = fc.array(word, { minLength: 0, maxLength: 14 }).map((w) => `${w.join(" ")}.`);
    const answer = fc.oneof(fc.string(), fc.array(sentence, { maxLength: 8 }).map((s) => s.join(" ")));
    const role = fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constant("[Senior] Engineer")), { nil: null });
    fc.assert(
      fc.property(answer, role, (text, targetRole) => {
        const model = build(text, targetRole);
        expect(model.text).not.toMatch(/[[\]]/);
        expect(model.text).toBe(STAR_PARTS.map((p) => model.parts[p]).join(" "));
        for (const part of STAR_PARTS) expect(model.parts[part].trim().length).toBeGreaterThan(0);
        expect(STAR_PARTS.filter((p) => model.generic.includes(p))).toEqual(model.generic);
      }),
      { numRuns: 300 },
    );
  });
});
