import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResultsTable } from "@/components/assessments/results/results-table";
import { resultsHref, sortHref } from "@/components/assessments/results/results-links";
import { resultsQuerySchema } from "@/lib/assessments/results/schemas";
import type { ResultRow } from "@/lib/assessments/results/result-rows";

const base = "/org/acme/assessments/a1/results";
const row: ResultRow = {
  inviteId: "i1",
  candidateName: "Ada <script>",
  status: "submitted",
  submittedAt: "2026-12-01T10:00:00.000Z",
  overallScore: 72.5,
  questions: [
    { position: 1, answered: true, score: 80, insufficient: false },
    { position: 2, answered: true, score: null, insufficient: true },
  ],
  integrity: { tier: "some", lowConfidence: true, tabSwitches: 2, windowBlurs: 0, lookAways: 0, multipleFaces: 0, faceLostShare: 0 },
  supersededAttempts: 1,
  rating: 3.5,
  decision: "advance",
};

describe("ResultsTable", () => {
  const html = renderToStaticMarkup(createElement(ResultsTable, { base, candidatesBase: "/org/acme/assessments/a1/candidates", compareAction: "/org/acme/assessments/a1/compare", query: resultsQuerySchema.parse({ sort: "score", dir: "asc" }), positions: [1, 2], rows: [row] }));

  it("wraps the rows in a GET form to the compare page with one ids checkbox per candidate", () => {
    expect(html).toContain('action="/org/acme/assessments/a1/compare"');
    expect(html).toContain('method="get"');
    expect(html).toContain(`name="ids" value="${row.inviteId}"`);
    expect(html).toContain("Compare selected");
  });

  it("marks the sorted column with aria-sort and links each header to its sort", () => {
    expect(html).toContain('aria-sort="ascending"');
    expect(html).toContain(`href="${base}?sort=score"`);
    expect(html).toContain(`href="${base}?sort=candidate&amp;dir=asc"`);
  });

  it("says low confidence in words, never as a number, and insufficient evidence per question", () => {
    expect(html).toContain("Some camera signals: low confidence");
    expect(html).toContain("Insufficient evidence");
    expect(html).toContain("2 tab switches");
    expect(html).toContain("Ada &lt;script&gt;");
  });

  it("shows the human rating and the decision, links the candidate's page and sorts by rating", () => {
    expect(html).toContain("3.5 / 5");
    expect(html).toContain("Advance");
    expect(html).toContain('href="/org/acme/assessments/a1/candidates/i1"');
    expect(html).toContain(`href="${base}?sort=rating"`);
  });
});

describe("results links", () => {
  it("keeps filters, drops defaults and starts a new sort on page 1", () => {
    const query = resultsQuerySchema.parse({ status: "submitted", page: "3" });
    expect(resultsHref(base, query)).toBe(`${base}?status=submitted&page=3`);
    expect(sortHref(base, query, "submitted")).toBe(`${base}?dir=asc&status=submitted`);
  });
});
