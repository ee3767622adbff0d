import { describe, expect, it } from "vitest";
import { STRONG_ANSWER, WEAK_ANSWER } from "@/lib/practice/session/answers.fixture";
import { scoreStarAnswer } from "@/lib/scoring/star-rubric";
import { closedGap, combineAnswers, followUpFeedbackItem, withFollowUpItem } from "./combine";
import { findGaps } from "./gaps";
import { quoteSpan } from "./quote-span";
import { chooseFollowUp, templateFollowUp } from "./templates";

const QUESTION = "Tell me about a time you fixed a problem under pressure.";
const score = (answer: string) => scoreStarAnswer(answer, QUESTION);

/** "We" throughout, no "I", and an outcome without a figure. */
const TEAM_ANSWER = "At Acme our deploys kept failing before every release. We rewrote the pipeline together and we fixed the flaky tests. It worked out in the end.";
/** A full story whose outcome has no figure. */
const UNMEASURED_ANSWER =
  "Last spring at Acme our checkout kept failing during a launch. My task was to find the cause within a week. " +
  "I analysed the payment logs, I reproduced the bug in staging and I wrote the fix myself. " +
  "As a result, the failures stopped and customers could pay again.";

describe("findGaps", () => {
  it("finds nothing to probe in a full, measured, first-person answer", () => {
    expect(findGaps(score(STRONG_ANSWER))).toEqual([]);
    expect(chooseFollowUp(score(STRONG_ANSWER), STRONG_ANSWER)).toBeNull();
  });

  it("asks about ownership first when the answer says we and never I", () => {
    const gaps = findGaps(score(TEAM_ANSWER));
    expect(gaps[0]).toBe("ownership");
    expect(gaps).toContain("result");
  });

  it("asks about the missing result of a thin answer", () => {
    expect(findGaps(score(WEAK_ANSWER))[0]).toBe("result");
  });

  it("asks for a number when the outcome is there but unmeasured", () => {
    expect(findGaps(score(UNMEASURED_ANSWER))).toEqual(["numbers"]);
  });
});

describe("templateFollowUp", () => {
  it("quotes the sentence that says we in an ownership question", () => {
    const draft = chooseFollowUp(score(TEAM_ANSWER), TEAM_ANSWER);
    expect(draft).toEqual({
      target: "ownership",
      question: 'You said "At Acme our deploys kept failing before every release". What did you do yourself, as opposed to the team?',
    });
  });

  it("quotes the result sentence when asking for a number", () => {
    const draft = templateFollowUp("numbers", score(UNMEASURED_ANSWER), UNMEASURED_ANSWER);
    expect(draft.question).toBe(
      'You said "As a result, the failures stopped and customers could pay again". Can you put a number on that result: how much, how many or how fast?',
    );
  });

  it("quotes the last sentence when asking for the outcome", () => {
    expect(templateFollowUp("result", score(WEAK_ANSWER), WEAK_ANSWER).question).toContain('"The team worked on it together and it went well"');
  });
});

describe("quoteSpan", () => {
  it("cuts long sentences at a word boundary with an ellipsis", () => {
    expect(quoteSpan("one two three four five six seven eight nine ten eleven twelve thirteen fourteen.")).toBe(
      '"one two three four five six seven eight nine ten eleven twelve…"',
    );
  });

  it("cuts a single endless word by characters without splitting an emoji", () => {
    const quoted = quoteSpan(`${"😀".repeat(100)} rest`);
    expect(quoted).toBe(`"${"😀".repeat(90)}…"`);
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("removes quote marks, line breaks and control characters so the quote stays one span", () => {
    expect(quoteSpan('He said "ship it"\nand\u200bwe did!')).toBe(`"He said 'ship it' and we did"`);
    expect(quoteSpan("  ...  ")).toBe('"…"');
  });
});

describe("combining the follow-up answer with the original", () => {
  const followUp = "I rewrote the deploy script myself and added retries. As a result, failed releases fell from 12 a month to 1.";

  it("scores the pair as one story, which closes the gap and raises the score", () => {
    const combined = score(combineAnswers(TEAM_ANSWER, followUp));
    expect(combineAnswers(` ${TEAM_ANSWER} `, ` ${followUp}`)).toBe(`${TEAM_ANSWER}\n\n${followUp}`);
    expect(closedGap("ownership", combined)).toBe(true);
    expect(closedGap("numbers", combined)).toBe(true);
    expect(combined.overall).toBeGreaterThan(score(TEAM_ANSWER).overall);
  });

  it("says so when the follow-up answer did not close the gap", () => {
    const vague = "We all pitched in and it was fine.";
    const combined = score(combineAnswers(TEAM_ANSWER, vague));
    expect(closedGap("ownership", combined)).toBe(false);
    const item = followUpFeedbackItem("ownership", false, vague);
    expect(item).toEqual({
      key: "improve:follow-up-gap",
      text: 'Your follow-up answer, "We all pitched in and it was fine", still leaves out your own part ("I", not only "we"). Add it in one sentence next time.',
    });
  });

  it("puts the follow-up point first and keeps the lists at four", () => {
    const items = (prefix: string) => [1, 2, 3, 4].map((n) => ({ key: `${prefix}:${n}`, text: `${prefix} ${n}` }));
    const feedback = { strengths: items("strength"), improvements: items("improve") };
    const item = followUpFeedbackItem("numbers", true, followUp);
    const merged = withFollowUpItem(feedback, item);
    expect(merged.strengths).toHaveLength(4);
    expect(merged.strengths[0]).toEqual(item);
    expect(item.text).toContain('"I rewrote the deploy script myself and added retries. As a result…"');
    expect(merged.improvements).toEqual(feedback.improvements);
  });
});
