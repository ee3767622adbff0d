import { describe, expect, it } from "vitest";
import { orgPath, returnToAssessment } from "./org-paths";

const params = (values: { slug: string; assessmentId: string; inviteId?: string }) => ({ params: Promise.resolve(values) });

describe("organisation paths", () => {
  it("encodes every segment, so a hand-edited slug cannot reach another path", () => {
    expect(orgPath("acme", "assessments")).toBe("/org/acme/assessments");
    expect(orgPath("a/b?c", "x y")).toBe("/org/a%2Fb%3Fc/x%20y");
  });

  it("sends sign-in back to the assessment page it was asked for", async () => {
    const where = { slug: "acme", assessmentId: "3f1c" };
    expect(await returnToAssessment()(params(where))).toBe("/org/acme/assessments/3f1c");
    expect(await returnToAssessment("results")(params(where))).toBe("/org/acme/assessments/3f1c/results");
    expect(await returnToAssessment("candidates")(params(where))).toBe("/org/acme/assessments/3f1c/candidates");
    expect(await returnToAssessment("candidate")(params({ ...where, inviteId: "9/9" }))).toBe("/org/acme/assessments/3f1c/candidates/9%2F9");
  });
});
