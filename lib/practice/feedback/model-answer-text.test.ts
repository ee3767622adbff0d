import { describe, expect, it } from "vitest";
import { STRONG_ANSWER } from "@/lib/practice/session/answers.fixture";
import { deriveParts, readModelAnswer, splitLabelledParts } from "./model-answer-text";

const LABELLED = [
  "Situation: In my last role as a product manager, our launch was slipping.",
  "Task: I owned getting it back on track within two weeks.",
  "Action: First, I met each engineer. Then I cut the scope. Finally, I set up daily check-ins.",
  "Result: As a result, we launched on time and cut open bugs by 40%.",
].join("\n\n");

describe("model answer parts", () => {
  it("splits four labelled paragraphs", () => {
    expect(splitLabelledParts(LABELLED)).toEqual({
      situation: "In my last role as a product manager, our launch was slipping.",
      task: "I owned getting it back on track within two weeks.",
      action: "First, I met each engineer. Then I cut the scope. Finally, I set up daily check-ins.",
      result: "As a result, we launched on time and cut open bugs by 40%.",
    });
  });

  it("reads bold and heading labels", () => {
    const text = "**Situation:** A.\n## Task - B.\n__Action__: C.\n**Result** — D.";
    expect(splitLabelledParts(text)).toEqual({ situation: "A.", task: "B.", action: "C.", result: "D." });
  });

  it("refuses a text missing a label or with labels out of order", () => {
    expect(splitLabelledParts("Situation: A.\n\nAction: C.\n\nResult: D.")).toBeNull();
    expect(splitLabelledParts("Situation: A.\nTask-based work: B.\nAction: C.\nResult: D.")).toBeNull();
    expect(splitLabelledParts("Task: B.\n\nSituation: A.\n\nAction: C.\n\nResult: D.")).toBeNull();
  });

  it("reads four unlabelled paragraphs in STAR order", () => {
    const text = LABELLED.replace(/^(Situation|Task|Action|Result): /gm, "");
    expect(deriveParts(text)).toMatchObject({ task: "I owned getting it back on track within two weeks.", result: expect.stringMatching(/40%/) });
    expect(readModelAnswer(text)?.text).toBe(text);
  });

  it("derives the parts from the rubric's sentence labels for one unlabelled paragraph", () => {
    const derived = deriveParts(STRONG_ANSWER);
    expect(derived).not.toBeNull();
    expect(derived!.task).toMatch(/My goal was/);
    expect(derived!.result).toMatch(/0\.2%/);
  });

  it("returns null for text with no STAR shape", () => {
    expect(readModelAnswer("")).toBeNull();
    expect(readModelAnswer("Sorry, I cannot help with that.")).toBeNull();
  });
});
