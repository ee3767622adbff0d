/**
 * Account deletion's billing step: the user's Stripe customer goes with the account (Stripe cancels its subscriptions
 * with it). Runs inside the deletion's transaction, before the row that names the customer is deleted, and reads that
 * row through the transaction's own handle.
 */
import "server-only";
import { findBillingRow } from "@/db/queries/billing-webhook";
import type { ScopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import type { BillingProvider } from "./billing-provider";

export function stripeCustomerDeleter(provider: BillingProvider) {
  return {
    async deleteCustomer(user: Pick<User, "id">, db: ScopedDb): Promise<void> {
      const row = await findBillingRow(db, { kind: "user", id: user.id });
      if (row) await provider.deleteCustomer(row.customerId);
    },
  };
}
