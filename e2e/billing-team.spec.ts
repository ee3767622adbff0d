/**
 * An organisation's owner, with billing on against the local Stripe server: hiring is closed until the Team plan is
 * bought; one seat bought and paid on the Checkout page gives 25 candidate invites this month. A list of 26 is refused
 * whole (402, upgrade link), a list of 25 goes out, and the next single invite is refused. Once the plan has ended,
 * a draft cannot gain questions (402, upgrade link, the typed question kept) while closing an assessment still works.
 */
import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";
import { payOnLocalCheckout } from "./billing-checkout";
import { newIdentity, signIn } from "./helpers";

const SEAT_ALLOWANCE = 25;

/** A new draft assessment; returns its page's path. */
async function createDraft(page: Page, slug: string, title: string): Promise<string> {
  await page.goto(`/org/${slug}/assessments/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Role", { exact: true }).fill("Support engineer");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/org/${slug}/assessments/[0-9a-f-]{36}$`));
  return new URL(page.url()).pathname;
}

/** A draft assessment with one typed question, opened to candidates; returns its page's path. */
async function openAssessment(page: Page, slug: string): Promise<string> {
  const assessmentPath = await createDraft(page, slug, "Support engineer screen");
  await page.getByText("Write your own", { exact: true }).click();
  const writeQuestion = page.getByRole("form", { name: "Write a question" });
  await writeQuestion.getByLabel("Question").fill("Tell me about a customer you turned around.");
  await writeQuestion.getByLabel("Answers").selectOption({ label: "Typed only" });
  await writeQuestion.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Tell me about a customer you turned around.").first()).toBeVisible();
  await page.getByRole("button", { name: "Open to candidates" }).click();
  await page.getByRole("button", { name: "Open it" }).click();
  await expect(page.getByRole("button", { name: "Close" })).toBeVisible();
  return assessmentPath;
}

function candidateList(count: number, batch: string): string {
  return Array.from({ length: count }, (_, index) => `Candidate ${index + 1}, candidate-${batch}-${index + 1}@example.test`).join("\n");
}

test("an owner buys a Team seat and invites candidates up to its allowance; the next invite is refused", async ({ page }) => {
  test.slow();
  const owner = newIdentity("owner");
  await signIn(page, owner, "/org/new");
  await page.getByLabel("Organisation name").fill(`Billing ${owner.displayName}`);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/org\/[a-z0-9-]+\/members$/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;

  // No plan yet: hiring is closed, and the way to the Team plan names this organisation.
  await page.goto(`/org/${slug}/invites`);
  const noPlan = page.getByTestId("usage-assessment_invites");
  await expect(noPlan).toContainText("Hiring needs the Team plan");
  await noPlan.getByRole("link", { name: "See the Team plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/pricing\\?org=${slug}$`));

  const buySeats = page.getByRole("form", { name: "Buy Team seats" });
  await expect(buySeats.getByLabel("Organisation")).toHaveValue(slug);
  await buySeats.getByLabel(/^Seats/).fill("1");
  await buySeats.getByRole("button", { name: "Buy Team seats" }).click();
  await payOnLocalCheckout(page);
  await expect(page).toHaveURL(new RegExp(`/org/${slug}/settings\\?checkout=success$`));
  const billing = page.getByTestId("organisation-billing");
  await expect(billing).toContainText("Team: 1 seat for 1 member.");
  await expect(billing.getByTestId("plan-renewal")).toHaveText(/^Team renews on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);

  const assessmentPath = await openAssessment(page, slug);
  await page.goto(`${assessmentPath}/candidates`);
  const meter = page.getByTestId("usage-assessment_invites");
  await expect(meter).toContainText(`0 of ${SEAT_ALLOWANCE} candidate invites this month, 1 seat on Team.`);

  // One more than the seat allows: refused whole, with the upgrade link for this organisation; nobody is invited.
  const batch = randomBytes(4).toString("hex");
  const list = page.getByRole("form", { name: "Invite a list" });
  await list.getByLabel("Candidates, one per line").fill(candidateList(SEAT_ALLOWANCE + 1, batch));
  await list.getByRole("button", { name: "Invite everyone on the list" }).click();
  const refusal = list.getByRole("alert");
  await expect(refusal).toContainText(
    `This needs ${SEAT_ALLOWANCE + 1} candidate invites but ${SEAT_ALLOWANCE} are left (0 of ${SEAT_ALLOWANCE} candidate invites used this month on Team); nothing was done.`,
  );
  await expect(refusal.getByRole("link", { name: "See plans" })).toHaveAttribute("href", `/pricing?org=${slug}`);
  await page.reload();
  await expect(meter).toContainText(`0 of ${SEAT_ALLOWANCE} candidate invites this month`);
  await expect(page.getByTestId("candidate-invite")).toHaveCount(0);

  // Exactly the allowance: every one invited, and the meter full with its upgrade link.
  await list.getByLabel("Candidates, one per line").fill(candidateList(SEAT_ALLOWANCE, batch));
  await list.getByRole("button", { name: "Invite everyone on the list" }).click();
  await expect(list.getByLabel("Candidates, one per line")).toHaveValue("", { timeout: 30_000 });
  await expect(page.getByTestId("candidate-invite")).toHaveCount(SEAT_ALLOWANCE);
  await expect(meter).toContainText(`${SEAT_ALLOWANCE} of ${SEAT_ALLOWANCE} candidate invites this month, 1 seat on Team.`);
  await expect(meter.getByRole("link", { name: "Upgrade for more" })).toHaveAttribute("href", `/pricing?org=${slug}`);

  // The next single invite is refused the same way.
  await page.getByLabel("Name", { exact: true }).fill("One Too Many");
  await page.getByLabel("Email address").fill(`candidate-${batch}-extra@example.test`);
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You have used all of this month's candidate invites" })).toContainText(
    `(${SEAT_ALLOWANCE} of ${SEAT_ALLOWANCE} candidate invites used this month on Team)`,
  );
  await page.reload();
  await expect(page.getByTestId("candidate-invite")).toHaveCount(SEAT_ALLOWANCE);

  // A second draft, started while the plan is live; then the plan ends (the portal, "end now", as at the period's end).
  const draftPath = await createDraft(page, slug, "Second screen");
  await page.goto(`/org/${slug}/settings`);
  await billing.getByRole("button", { name: "Manage billing" }).click();
  await expect(page.getByRole("heading", { name: "Local Stripe billing portal" })).toBeVisible();
  await page.getByRole("button", { name: "End it now, as when the period ends" }).click();
  await expect(page.getByText("No active subscription.")).toBeVisible();
  await page.getByRole("link", { name: "Return to Rehearse" }).click();
  await expect(page).toHaveURL(new RegExp(`/org/${slug}/settings$`));
  await expect(billing).toContainText("No Team plan: building assessments and inviting candidates are closed.");
  await expect(billing.getByRole("link", { name: "Choose seats" })).toHaveAttribute("href", `/pricing?org=${slug}`);

  // Lapsed: the draft cannot gain a question (402, with the way back to the plan), but the open assessment can close.
  await page.goto(draftPath);
  await page.getByText("Write your own", { exact: true }).click();
  const writeQuestion = page.getByRole("form", { name: "Write a question" });
  await writeQuestion.getByLabel("Question").fill("Tell me about a hard customer call.");
  await writeQuestion.getByRole("button", { name: "Add question" }).click();
  const lapsed = writeQuestion.getByRole("alert");
  await expect(lapsed).toContainText("Hiring needs the Team plan");
  await expect(lapsed.getByRole("link", { name: "See plans" })).toHaveAttribute("href", `/pricing?org=${slug}`);
  await expect(writeQuestion.getByLabel("Question")).toHaveValue("Tell me about a hard customer call.");
  await page.goto(assessmentPath);
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await page.getByRole("button", { name: "Close it" }).click();
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();
});
