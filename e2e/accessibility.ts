/**
 * axe-core checks for the journeys: one call per key state of a page, failing on any serious or critical violation.
 * Minor and moderate findings are left to review: they include judgement calls (region on a dialog, heading order in
 * a card) that would otherwise make every journey brittle. axe-core runs inside the page from the npm package (no
 * network), over the whole document, colour contrast included.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import type { Result } from "axe-core";

const FAILING_IMPACTS = new Set(["serious", "critical"]);
const AXE_BUDGET_MS = 30_000;

/** One line per failing node, short enough to read in a test report. */
function describeViolation(violation: Result): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`);
  const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
  return [`  ${violation.id} (${violation.impact}, ${violation.nodes.length}x): ${violation.help}`, ...nodes, ...more].join("\n");
}

/**
 * Runs axe on the page as it is now and fails, naming each rule and element, if anything serious or critical is
 * found. `label` says which state of the journey this was ("dashboard with history"), for the report.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  // axe walks the whole document: seconds on a loaded machine. Each check brings its own time, so a journey's budget
  // stays what its steps need.
  test.info().setTimeout(test.info().timeout + AXE_BUDGET_MS);
  const results = await new AxeBuilder({ page }).analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ""));
  expect(failing.map(describeViolation).join("\n"), `accessibility violations on ${label} (${page.url()})`).toBe("");
}
