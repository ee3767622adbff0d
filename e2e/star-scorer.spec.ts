import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";

const STRONG =
  "Last spring our checkout service kept failing under peak load, and Black Friday was six weeks away. " +
  "I was responsible for making it stable before the sale. I profiled the slowest queries and found the pricing " +
  "lookups were the bottleneck. I added a read-through cache in front of the pricing service, rewrote two queries " +
  "and wrote load tests that replayed last year's traffic. As a result, p99 latency dropped from 2.4 seconds to " +
  "300 ms and we had zero outages during the sale, which saved about $40,000 in lost orders.";
const WEAK = "We had a project with a lot of problems. We worked on it together. It went well in the end.";

// The e2e server trusts x-forwarded-for (TRUST_PROXY=1), so each test is its own visitor with its own allowance.
test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${randomInt(1, 254)}, 10.0.0.1` });
});

test("a visitor scores a strong answer with the keyboard and sees all four parts marked", async ({ page }) => {
  await page.goto("/tools/star-scorer");
  await expect(page.getByTestId("remaining")).toHaveText("5 of 5 scores left this hour.");
  await expect(page.getByTestId("engine-notice")).toContainText("AI scoring is not configured");
  await page.getByLabel("Your answer").focus();
  await page.keyboard.insertText(STRONG);
  await expect(page.getByTestId("live-estimate")).toContainText("Live rubric estimate:");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Score my answer" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("overall-score")).toBeVisible();
  const marks = page.getByTestId("marked-sentences").locator("li > span:first-child");
  const letters = await marks.allTextContents();
  for (const letter of ["S", "T", "A", "R"]) expect(letters).toContain(letter);
  expect(Number(await page.getByTestId("overall-score").textContent())).toBeGreaterThan(70);
  await expect(page.getByTestId("quantified")).toHaveText("Yes");
  await expect(page.getByTestId("remaining")).toHaveText("4 of 5 scores left this hour.");
  await expect(page.getByRole("heading", { name: "How we score" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "STAR scorer with a result");
});

test("a weak answer gets lower scores and concrete suggestions", async ({ page }) => {
  await page.goto("/tools/star-scorer");
  await page.getByLabel("Your answer").fill(STRONG);
  await page.getByRole("button", { name: "Score my answer" }).click();
  const strong = Number(await page.getByTestId("overall-score").textContent());

  await page.getByLabel("Your answer").fill(WEAK);
  await page.getByRole("button", { name: "Score my answer" }).click();
  await expect(page.getByTestId("overall-score")).not.toHaveText(String(strong));
  const weak = Number(await page.getByTestId("overall-score").textContent());
  expect(weak).toBeLessThan(strong - 30);
  const suggestions = await page.getByTestId("suggestions").locator("li").allTextContents();
  expect(suggestions.length).toBeGreaterThanOrEqual(3);
  expect(suggestions.some((text) => /"[^"]+"/.test(text) || /“[^”]+”/.test(text))).toBe(true);
  await expect(page.getByTestId("missing-parts")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "STAR scorer with suggestions");
});

test("the sixth try in an hour shows the limit message", async ({ page }) => {
  await page.goto("/tools/star-scorer");
  await page.getByLabel("Your answer").fill(STRONG);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByRole("button", { name: "Score my answer" }).click();
    await expect(page.getByTestId("remaining")).toHaveText(`${5 - attempt} of 5 scores left this hour.`);
  }
  await page.getByRole("button", { name: "Score my answer" }).click();
  await expect(page.getByTestId("rate-limited")).toContainText("You have used all 5 free scores this hour. Try again in");
  await expect(page.getByLabel("Your answer")).toHaveValue(STRONG);
  // A reload remembers: the page says so before the visitor tries again.
  await page.reload();
  await expect(page.getByTestId("remaining")).toHaveText("0 of 5 scores left this hour.");
  await expect(page.getByTestId("rate-limited")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "STAR scorer at its hourly limit");
});

test("the scorer reads well at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/tools/star-scorer");
  await page.getByLabel("Your answer").fill(STRONG);
  await page.getByRole("button", { name: "Score my answer" }).click();
  await expect(page.getByTestId("overall-score")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
