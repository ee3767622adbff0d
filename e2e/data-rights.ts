/** Steps of the data-rights specs (export, consents, account deletion), shared by the journeys that need them. */
import fs from "node:fs";
import { expect, type Page } from "@playwright/test";
import { DELETE_ACCOUNT_PHRASE } from "../lib/privacy/account-deletion/phrase";
import { readZip, type ZipFileEntry } from "../tests/helpers/read-zip";

/** Downloads the export from the profile page and returns its files by name. */
export async function downloadExport(page: Page): Promise<Map<string, ZipFileEntry>> {
  await page.goto("/profile");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rehearse-export-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText("Your export has been downloaded.")).toBeVisible();
  return readZip(fs.readFileSync((await download.path())!));
}

/** The rows of one JSON file of an export. */
export function exportRows(files: Map<string, ZipFileEntry>, name: string): Record<string, unknown>[] {
  const file = files.get(name);
  if (!file) throw new Error(`the export has no ${name}; it holds ${[...files.keys()].join(", ")}`);
  return JSON.parse(file.text) as Record<string, unknown>[];
}

/** Withdraws or allows again AI processing on the privacy settings page. */
export async function setAiProcessing(page: Page, allowed: boolean) {
  if (!page.url().endsWith("/profile/privacy")) await page.goto("/profile/privacy");
  const consent = page.getByTestId("consent-ai_processing");
  await consent.getByRole("button", { name: allowed ? /Allow/ : /Withdraw/ }).click();
  await expect(consent.getByTestId("consent-state")).toHaveText(allowed ? "Allowed" : "Withdrawn");
}

/** Opens the profile page's delete dialog; `beforeConfirm` runs with it open (e.g. an accessibility check). */
export async function deleteAccount(page: Page, beforeConfirm?: () => Promise<void>) {
  await page.goto("/profile");
  await page.getByTestId("delete-account").getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(`Type ${DELETE_ACCOUNT_PHRASE} to confirm`).fill(DELETE_ACCOUNT_PHRASE);
  await beforeConfirm?.();
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=account-deleted$/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your account has been deleted" })).toContainText(
    "Signing in again with the same email starts a new, empty account.",
  );
}
