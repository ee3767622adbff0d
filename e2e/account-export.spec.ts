import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { downloadExport, exportRows } from "./data-rights";
import { newIdentity, signIn } from "./helpers";

test("a candidate downloads their data from the profile page and the file holds what they saved", async ({ page }) => {
  const me = newIdentity("export");
  await signIn(page, me);
  const marker = `Led the ledger rewrite ${Date.now()}.`;
  await page.getByRole("textbox", { name: "CV text", exact: true }).fill(marker);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("profile-status")).toHaveText("Profile saved.");

  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "profile with the data export");
  const files = await downloadExport(page);
  expect(files.get("README.txt")!.text).toContain("practice_answers.json");
  expect(exportRows(files, "users.json")).toEqual([expect.objectContaining({ email: me.email, display_name: me.displayName })]);
  expect(exportRows(files, "candidate_profiles.json")).toEqual([expect.objectContaining({ cv_text: marker })]);
});
