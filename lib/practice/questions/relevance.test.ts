import { describe, expect, it } from "vitest";
import { getBankQuestion } from "./bank";
import { buildRelevanceContext, scoreQuestion } from "./relevance";

const incident = getBankQuestion("beh-delivery-under-pressure-07")!;
const reasons = (jobDescription: string, profile = {}) =>
  scoreQuestion(incident, buildRelevanceContext(profile, jobDescription)).contributions.map((c) => c.reason);

describe("question reasons", () => {
  it("quotes 'on-call' from the job description, never its fragment 'call'", () => {
    const found = reasons("You will join the on-call rota for our payments platform and improve its reliability.");
    expect(found.join(" | ")).not.toMatch(/'call'/);
    expect(found).toContain("Matches 'on-call' in the job description");
  });

  it("reads 'On-Call' and 'oncall' as the same term", () => {
    expect(reasons("Shared On-Call duties.")).toContain("Matches 'on-call' in the job description");
    expect(reasons("Shared oncall duties.")).toContain("Matches 'oncall' in the job description");
  });

  it("does not read a standalone 'call' as on-call", () => {
    const found = reasons("You will call customers every week to review their accounts.");
    expect(found.join(" | ")).not.toMatch(/'call'|on-call/);
  });

  it("does not match a keyword inside someone else's compound", () => {
    const billing = getBankQuestion("beh-ownership-02")!; // keywords include "end-to-end" and "launch"
    const context = buildRelevanceContext({}, "Own projects end to end, from pre-launch research onwards.");
    const found = scoreQuestion(billing, context).contributions.map((c) => c.reason);
    expect(found).toContain("Matches 'end-to-end' in the job description");
    expect(found.join(" | ")).not.toMatch(/'launch'/);
  });
});
