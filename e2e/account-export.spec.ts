import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { readZip } from "../tests/helpers/read-zip";
import { expectNoSeriousA11yViolations } from "./accessibility";
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
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rehearse-export-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText("Your export has been downloaded.")).toBeVisible();

  const files = readZip(fs.readFileSync((await download.path())!));
  expect(files.get("README.txt")!.text).toContain("practice_answers.json");
  expect(JSON.parse(files.get("users.json")!.text)).toEqual([expect.objectContaining({ email: me.email, display_name: me.displayName })]);
  expect(JSON.parse(files.get("candidate_profiles.json")!.text)).toEqual([expect.objectContaining({ cv_text: marker })]);
});
