import { describe, expect, it } from "vitest";
import { labelSentences, positionPrior } from "./label-sequence";
import { analyseSentence } from "./sentence-features";

const label = (sentences: string[]) => labelSentences(sentences.map(analyseSentence));

describe("positionPrior", () => {
  it("leans situation early and result late", () => {
    expect(positionPrior("situation", 0, 5)).toBeGreaterThan(positionPrior("situation", 4, 5));
    expect(positionPrior("result", 4, 5)).toBeGreaterThan(positionPrior("result", 0, 5));
    expect(positionPrior("action", 2, 5)).toBeGreaterThan(positionPrior("action", 0, 5));
  });

  it("stays under one strong cue, so position alone never decides a clear sentence", () => {
    for (const part of ["situation", "task", "action", "result"] as const) {
      for (let i = 0; i < 6; i++) expect(Math.abs(positionPrior(part, i, 6))).toBeLessThanOrEqual(0.5);
    }
  });

  it("gives no prior to a single sentence", () => {
    expect(positionPrior("result", 0, 1)).toBe(0);
  });
});

describe("labelSentences", () => {
  it("returns nothing for no sentences", () => {
    expect(label([])).toEqual({ labels: [], partSentences: { situation: [], task: [], action: [], result: [] } });
  });

  it("keeps a cue-less sentence between two actions in the action", () => {
    const { labels } = label(["First I analysed the logs.", "The logs were huge.", "Then I rewrote the query."]);
    expect(labels).toEqual(["action", "action", "action"]);
  });

  it("reads a result sentence told before the actions as result", () => {
    const { labels } = label([
      "At the time our team was losing customers to slow support.",
      "I was asked to cut the response time.",
      "As a result, response time fell from 9 hours to 2 hours.",
      "I introduced a triage rota and I wrote templates for common questions.",
    ]);
    expect(labels).toEqual(["situation", "task", "result", "action"]);
  });

  it("lets one sentence serve both situation and task when its cues for both are strong", () => {
    const { labels, partSentences } = label([
      "When I was at Acme, I was asked to cut our cloud costs.",
      "I moved batch jobs to spot instances.",
      "Costs fell by 30%.",
    ]);
    expect(["situation", "task"]).toContain(labels[0]);
    expect(partSentences.situation).toEqual([0]);
    expect(partSentences.task).toEqual([0]);
  });

  it("does not invent an action from a sentence without a subject and verb", () => {
    const { partSentences } = label(["Our store had a slow checkout.", "Then revenue grew by 25%."]);
    expect(partSentences.action).toEqual([]);
  });
});
