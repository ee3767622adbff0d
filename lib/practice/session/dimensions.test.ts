import { describe, expect, it } from "vitest";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { STRONG_ANSWER, WEAK_ANSWER } from "./answers.fixture";
import { scoreDimensions, scoreRelevance } from "./dimensions";
import { feedbackKey, quotesAnswer, quoteText } from "./quotes";

const conflict = {
  text: "Tell me about a time you strongly disagreed with a colleague about how to approach a piece of work.",
  competencies: ["conflict", "communication"],
};
const onTopic =
  "At my last company a colleague and I strongly disagreed about how to migrate our billing data. My task was to " +
  "agree a plan within two weeks. I asked to meet one-to-one, I listened to her concerns and I proposed a trial on " +
  "one customer. As a result the disagreement ended, we agreed a plan in four days and the migration finished 20% early.";

describe("rubric dimensions", () => {
  it("scores an on-topic answer as more relevant than an off-topic one", () => {
    const on = scoreRelevance(onTopic, conflict, scoreStarAnswer(onTopic, conflict.text));
    const off = scoreRelevance(STRONG_ANSWER, { ...conflict, text: "Tell me about a time you learned a new tool quickly." }, scoreStarAnswer(STRONG_ANSWER));
    expect(on.detail.theme).toBe("result");
    expect(on.detail.matchedTerms).toEqual(expect.arrayContaining(["strongly", "disagreed", "colleague"]));
    expect(on.score).toBeGreaterThan(off.score);
  });

  it("rates a specific, measured answer above a vague one on every dimension but relevance", () => {
    const strong = scoreDimensions(STRONG_ANSWER, conflict, scoreStarAnswer(STRONG_ANSWER, conflict.text)).scores;
    const weak = scoreDimensions(WEAK_ANSWER, conflict, scoreStarAnswer(WEAK_ANSWER, conflict.text)).scores;
    for (const dimension of ["structure", "specificity", "impact"] as const) {
      expect(strong[dimension]).toBeGreaterThan(weak[dimension]);
    }
  });

  it("keeps every dimension a whole number from 0 to 100", () => {
    for (const answer of [STRONG_ANSWER, WEAK_ANSWER, "x"]) {
      const { scores } = scoreDimensions(answer, conflict, scoreStarAnswer(answer, conflict.text));
      for (const value of Object.values(scores)) {
        expect(Number.isInteger(value) && value >= 0 && value <= 100).toBe(true);
      }
    }
  });
});

describe("quotes", () => {
  it("quotes the first words of a sentence and recognises the quote in the answer", () => {
    const quote = quoteText("I  analysed the payment logs, I reproduced the bug in staging and I wrote a fix.", 6);
    expect(quote).toBe('"I analysed the payment logs, I…"');
    expect(quotesAnswer(`You wrote ${quote}.`, STRONG_ANSWER)).toBe(true);
    expect(quotesAnswer('Say "I analysed the invoices".', STRONG_ANSWER)).toBe(false);
  });

  it("gives the same key to one template quoting different answers", () => {
    expect(feedbackKey('Put a number on "we shipped it": how much faster?')).toBe(feedbackKey('Put a number on "sales rose": how much faster?'));
  });
});
