import { describe, expect, it } from "vitest";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { insufficientEvidence } from "./evidence";

const onTopic = { relevance: { questionTerms: 4, matchedTerms: ["launch"], overlap: 0.6, theme: "result" as const }, structure: 70 };
const offTopic = { relevance: { questionTerms: 4, matchedTerms: ["overnight"], overlap: 0.14, theme: "answer" as const }, structure: 0 };

describe("insufficientEvidence", () => {
  it.each([
    ["", "empty"],
    ["   …  ", "empty"],
    ["I don't know", "non_answer"],
    ["Pass.", "non_answer"],
    ["No idea, sorry.", "non_answer"],
    ["I can't think of an example", "non_answer"],
    ["Yes, I did that once.", "too_short"],
    ["xkcdq zzzzz brrrt qwrtp lkjhg mnbvc zxcvb sdfgh wrtpl", "unintelligible"],
  ])("rates %j as %s", (answer, reason) => {
    expect(insufficientEvidence(answer, onTopic)).toBe(reason);
  });

  it("scores a full STAR answer", () => {
    expect(insufficientEvidence(STRONG_ANSWER, onTopic)).toBeNull();
  });

  it("reads an answer with almost none of the topic and no story as off-topic, and skips the check without signals", () => {
    const recipe = "My favourite recipe is a sourdough loaf: flour, water, salt and a starter, proved overnight and baked hot.";
    expect(insufficientEvidence(recipe, offTopic)).toBe("off_topic");
    expect(insufficientEvidence(recipe, null)).toBeNull();
    expect(insufficientEvidence(recipe, { ...offTopic, structure: 40 })).toBeNull();
  });

  it("does not judge words in other scripts as noise", () => {
    expect(insufficientEvidence("Я руководил запуском нового продукта и сократил количество ошибок на треть за один квартал работы", null)).toBeNull();
  });
});
