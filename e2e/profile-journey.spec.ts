import { expect, test } from "@playwright/test";
import { newIdentity } from "./helpers";
import { expectNoSeriousA11yViolations } from "./accessibility";

test("a candidate signs in, saves, reloads, clears a field and signs out", async ({ page }) => {
  const me = newIdentity("journey");
  await page.goto("/");
  await expect(page.getByTestId("local-mode-banner")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "landing page");
  await page.getByRole("link", { name: "Start practising" }).click();
  await expect(page).toHaveURL(/\/sign-in\?redirect_url=%2Fprofile/);
  await expectNoSeriousA11yViolations(page, "sign-in page");

  await page.getByLabel("Email").fill(me.email);
  await page.getByLabel("Display name").fill(me.displayName);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The terms checkbox is required: the form refuses, keeps what was typed, and says why.
  await expect(page.getByText("Accept the terms of use and the privacy notice to continue.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(me.email);
  await page.getByLabel("I accept the terms of use and the privacy notice").check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId("user-menu")).toContainText(me.displayName);

  await page.getByRole("textbox", { name: "Target role", exact: true }).fill("Staff data engineer");
  await page.getByRole("textbox", { name: "CV text", exact: true }).fill("Led the migration of 40 pipelines to streaming; cut costs by 30%.");
  await page.getByRole("textbox", { name: "Goals", exact: true }).fill("Sharper answers about conflict.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("profile-status")).toHaveText("Profile saved.");

  await expectNoSeriousA11yViolations(page, "profile, saved");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Target role", exact: true })).toHaveValue("Staff data engineer");
  await expect(page.getByRole("textbox", { name: "CV text", exact: true })).toHaveValue(/40 pipelines/);
  await expect(page.getByRole("textbox", { name: "Goals", exact: true })).toHaveValue("Sharper answers about conflict.");

  await page.getByRole("button", { name: "Clear Target role" }).click();
  await expect(page.getByTestId("profile-status")).toHaveText("Target role cleared.");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Target role", exact: true })).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "CV text", exact: true })).toHaveValue(/40 pipelines/);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an over-long field gets a clear message and nothing typed or saved is lost", async ({ page }) => {
  const { signIn } = await import("./helpers");
  await signIn(page, newIdentity("limits"));
  await page.getByRole("textbox", { name: "Goals", exact: true }).fill("Keep this goal.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("profile-status")).toHaveText("Profile saved.");

  await page.getByRole("textbox", { name: "Target role", exact: true }).fill("r".repeat(121));
  await expect(page.getByTestId("targetRole-error")).toHaveText("Target role must be at most 120 characters.");
  await expectNoSeriousA11yViolations(page, "profile with a field error");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("profile-status")).toHaveText("Please fix the highlighted fields.");
  await expect(page.getByRole("textbox", { name: "Target role", exact: true })).toHaveValue("r".repeat(121));

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Goals", exact: true })).toHaveValue("Keep this goal.");
  await expect(page.getByRole("textbox", { name: "Target role", exact: true })).toHaveValue("");
});

test("a save after the session ended elsewhere says so in the form and keeps what was typed", async ({ page, browser }) => {
  const me = newIdentity("ended");
  const { signIn } = await import("./helpers");
  await signIn(page, me);
  // A second browser of the same person signs out of every device, this one included.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, me);
  await otherPage.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(otherPage).toHaveURL(/reason=signed-out-everywhere/);
  await other.close();

  const failures: number[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) failures.push(response.status());
  });
  await page.getByRole("textbox", { name: "Goals", exact: true }).fill("Typed after the session ended.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your session has ended. Sign in again to continue.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Goals", exact: true })).toHaveValue("Typed after the session ended.");
  expect(failures).toEqual([]);
});
