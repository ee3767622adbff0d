/**
 * What the pages say under the plan a payer is on: when it renews, or, after a cancellation in the billing portal,
 * when it ends and what follows. Pure, so the wording is tested without a page.
 */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** `after`: what happens when a cancelled plan ends, as a clause ("when you move to Free"). */
export function renewalText(planName: string, periodEnd: Date, cancelAtPeriodEnd: boolean, after: string): string {
  const day = DAY.format(periodEnd);
  if (!cancelAtPeriodEnd) return `${planName} renews on ${day}.`;
  return `${planName} ends on ${day}, ${after}. Nothing you saved is deleted.`;
}

/** What follows the end of each paid plan. */
export const AFTER_PLAN_ENDS = {
  candidate_pro: "when you move to Free",
  team: "when hiring closes (members keep their access and every result)",
} as const;
