/**
 * Privacy changes are rate limited per user (30 an hour): each is an append-only consent record and an audit event,
 * so a script must not write them without end. Thirty changes go through; the next is refused in the form with how
 * long to wait, and changes nothing: the consent keeps its last answer and the history gains no row.
 */
import { expect, test } from "@playwright/test";
import { newIdentity, signIn } from "./helpers";

const LIMIT = 30;

test("the 31st privacy change within the hour is refused with the wait, and changes nothing", async ({ page }) => {
  test.slow();
  await signIn(page, newIdentity("privacy-limit"), "/profile/privacy");
  const camera = page.getByTestId("consent-camera");
  const state = camera.getByTestId("consent-state");
  for (let change = 1; change <= LIMIT; change++) {
    const allow = change % 2 === 1;
    await camera.getByRole("button", { name: allow ? /Allow/ : /Withdraw/ }).click();
    await expect(state).toHaveText(allow ? "Allowed" : "Withdrawn");
  }
  const history = page.getByText(/^Every answer you have given \(\d+\)$/);
  const recorded = await history.textContent();

  await camera.getByRole("button", { name: /Allow/ }).click();
  await expect(camera.getByRole("status")).toContainText(`You have reached the limit of ${LIMIT} privacy changes an hour. Try again in`);
  await page.reload();
  await expect(state).toHaveText("Withdrawn");
  await expect(history).toHaveText(recorded!);
});
