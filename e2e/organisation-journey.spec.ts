/**
 * A hiring team from nothing, at phone width: an owner creates an organisation and invites a manager; the invite
 * email is read from the local outbox (/dev/outbox); the manager signs in as that address and accepts, then invites a
 * reviewer; a stranger signed in with another email opens the reviewer's link and is refused; the reviewer accepts;
 * the owner finds every step in the audit log. Each person has their own browser context (their own cookies).
 */
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { newIdentity, signIn } from "./helpers";

const PHONE = { width: 375, height: 812 };

type Identity = ReturnType<typeof newIdentity>;

async function personAt(browser: Browser, identity: Identity, returnTo: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, identity, returnTo);
  return page;
}

/** Sends an invite from the organisation's invites page and waits for the outcome the page reports. */
async function invite(page: Page, slug: string, email: string, role: "Manager" | "Reviewer") {
  await page.goto(`/org/${slug}/invites`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invite sent" })).toBeVisible();
}

/** The invite link from the newest email to `email` in the local outbox, as a developer would click it. */
async function inviteLinkFromOutbox(page: Page, email: string): Promise<string> {
  await page.goto("/dev/outbox");
  const message = page.getByTestId("outbox-email").filter({ hasText: email }).first();
  await expect(message).toContainText("invited you to join");
  const href = await message.locator('a[href*="/invite/"]').first().getAttribute("href");
  expect(href).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return new URL(href!).pathname;
}

test("an owner builds a team by invitation, and a stranger with the link is refused", async ({ browser }) => {
  test.slow();
  const owner = newIdentity("owner");
  const manager = newIdentity("manager");
  const reviewer = newIdentity("reviewer");
  const stranger = newIdentity("stranger");
  const teamName = `Hiring ${owner.displayName}`;

  const ownerPage = await personAt(browser, owner, "/org/new");
  await ownerPage.getByLabel("Organisation name").fill(teamName);
  await ownerPage.getByRole("button", { name: "Create organisation" }).click();
  await expect(ownerPage).toHaveURL(/\/org\/[a-z0-9-]+\/members$/);
  const slug = new URL(ownerPage.url()).pathname.split("/")[2]!;
  await expect(ownerPage.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(ownerPage.getByTestId("member-list")).toContainText(owner.email);

  await invite(ownerPage, slug, manager.email, "Manager");
  const managerLink = await inviteLinkFromOutbox(ownerPage, manager.email);

  // The manager signs in from the link and comes back to it: organisation, role and inviter, then an explicit Accept.
  const managerPage = await personAt(browser, manager, managerLink);
  await expect(managerPage.getByRole("heading", { name: `Join ${teamName}` })).toBeVisible();
  await expect(managerPage.getByText(`${owner.displayName} invited you to join`)).toBeVisible();
  await expectNoSeriousA11yViolations(managerPage, "invite page");
  await managerPage.getByRole("button", { name: `Accept and join ${teamName}` }).click();
  await expect(managerPage).toHaveURL(new RegExp(`/org/${slug}/members$`));
  await expect(managerPage.getByTestId("member-list")).toContainText(manager.email);

  // A manager may grant the reviewer role only.
  await managerPage.goto(`/org/${slug}/invites`);
  const roleChoices = await managerPage.getByLabel("Role").locator("option").allTextContents();
  expect(roleChoices).toEqual(["Reviewer"]);
  await invite(managerPage, slug, reviewer.email, "Reviewer");
  const reviewerLink = await inviteLinkFromOutbox(managerPage, reviewer.email);

  // Someone else holding the reviewer's link is told why and given no Accept button; nothing changes.
  const strangerPage = await personAt(browser, stranger, reviewerLink);
  await expect(strangerPage.getByRole("alert").filter({ hasText: "different email address" })).toBeVisible();
  await expect(strangerPage.getByRole("button", { name: /Accept/ })).toHaveCount(0);
  await strangerPage.goto(`/org/${slug}/members`);
  await expect(strangerPage.getByRole("heading", { name: /not found|could not find/i })).toBeVisible();

  const reviewerPage = await personAt(browser, reviewer, reviewerLink);
  await reviewerPage.getByRole("button", { name: `Accept and join ${teamName}` }).click();
  await expect(reviewerPage).toHaveURL(new RegExp(`/org/${slug}/members$`));
  // A reviewer's navigation offers neither invites nor the owner's pages.
  const reviewerNav = reviewerPage.getByRole("navigation", { name: "Organisation" });
  await expect(reviewerNav.getByRole("link")).toHaveText(["Assessments", "Members"]);
  await expectNoSeriousA11yViolations(reviewerPage, "members page as a reviewer");

  // Accepting again from the same link changes nothing: the page says it is already used.
  await reviewerPage.goto(reviewerLink);
  await expect(reviewerPage.getByRole("button", { name: /Accept/ })).toHaveCount(0);

  await ownerPage.goto(`/org/${slug}/members`);
  const members = ownerPage.getByTestId("member-list");
  for (const person of [owner, manager, reviewer]) await expect(members).toContainText(person.email);
  await expect(members).not.toContainText(stranger.email);

  await ownerPage.goto(`/org/${slug}/audit`);
  const log = ownerPage.getByTestId("audit-log");
  for (const action of ["organisation.create", "organisation.invite", "invite.accept"]) {
    await expect(log.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await expect(log.getByText("invite.accept", { exact: true })).toHaveCount(2);
  await expect(log.getByText("organisation.invite", { exact: true })).toHaveCount(2);
  await expect(log.getByText(`${owner.displayName} invited someone as Manager`)).toBeVisible();
  await expect(log.getByText(`${manager.displayName} accepted an invite as Manager`)).toBeVisible();
  // The log carries no email addresses.
  await expect(log).not.toContainText("@example.test");
  await expectNoSeriousA11yViolations(ownerPage, "audit log");

  // Nothing is wider than the phone's screen.
  const overflow = await ownerPage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
