/**
 * A Team subscription's seats follow its members: the invite-accept flow and the remove and leave flows call
 * `syncSeats` once their transaction has committed. A join adds a seat only when the organisation has none spare (the
 * owner may have bought seats ahead of the invites); a departure gives its seat back. Seats are set, not incremented,
 * from the member count, so a missed update is corrected by the next one.
 *
 * The membership change has already happened and stands whatever Stripe says: a failure (after the SDK's own network
 * retries) is logged and reported without personal data, never thrown.
 */
import "server-only";
import { countOrganisationSeats, findBillingRow } from "@/db/queries/billing-webhook";
import { scopedDb } from "@/db/scoped";
import type { SubscriptionStatus } from "@/db/schema";
import type { RequestContext } from "@/lib/context/request-context";
import { log } from "@/lib/observability/logger";
import { reportError } from "@/lib/observability/sentry-server";

export type SeatChange = "join" | "leave";

/** Statuses in which Stripe still bills the subscription, so its quantity matters. */
const BILLED: SubscriptionStatus[] = ["active", "trialing", "past_due", "unpaid"];

/** The seat count after a change, from the seats held now and the members counted after it. Pure; exported for tests. */
export function seatsAfter(change: SeatChange, seats: number, members: number): number {
  const counted = Math.max(members, 1);
  return change === "join" ? Math.max(seats, counted) : counted;
}

/** Sets the organisation's subscription quantity after a membership change; never throws. */
export async function syncSeats(ctx: RequestContext, orgId: string, change: SeatChange): Promise<void> {
  const provider = ctx.services.payments;
  if (!provider) return;
  try {
    const db = scopedDb(ctx.services.database, { role: "system", job: "billing.seats" });
    const row = await findBillingRow(db, { kind: "organisation", id: orgId });
    if (!row?.subscriptionId || !BILLED.includes(row.status)) return;
    // Stripe's own count, not the row's: the row catches up only when the webhook for the last change arrives.
    const current = (await provider.retrieveSubscription(row.subscriptionId)).items.data[0]?.quantity ?? row.quantity;
    const seats = seatsAfter(change, current, await countOrganisationSeats(db, orgId));
    if (seats === current) return;
    await provider.updateSubscriptionQuantity(row.subscriptionId, seats);
    log.info("billing_seats_synced", { requestId: ctx.requestId, orgId, change, seats });
  } catch (error) {
    log.warn("billing_seat_sync_failed", { requestId: ctx.requestId, orgId, change, error: error instanceof Error ? error.name : "unknown" });
    reportError(error, { action: "billing.seats", requestId: ctx.requestId });
  }
}
