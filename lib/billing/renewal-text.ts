/**
 * What the pricing page says under the plan a payer is on: when it renews, or, after a cancellation in the billing
 * portal, when it ends and what follows. Pure, so the wording is tested without a page.
 */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function renewalText(planName: string, periodEnd: Date, cancelAtPeriodEnd: boolean, fallbackName: string): string {
  const day = DAY.format(periodEnd);
  if (!cancelAtPeriodEnd) return `${planName} renews on ${day}.`;
  return `${planName} ends on ${day}, when you move to ${fallbackName}. Nothing you saved is deleted.`;
}
