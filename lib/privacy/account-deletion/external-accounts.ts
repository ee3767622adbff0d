/**
 * What lives outside our database and must go with the account: the sign-in identity (Clerk's user in production;
 * in local mode the identity is the user row and its auth_sessions, which the deletion's transaction removes) and,
 * once billing exists, the payment provider's customer. Behind interfaces, so a test swaps in a recording fake
 * instead of mocking modules.
 */
import "server-only";
import { clerkClient } from "@clerk/nextjs/server";
import type { ScopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import type { BillingProvider } from "@/lib/billing/stripe/billing-provider";
import { stripeCustomerDeleter } from "@/lib/billing/stripe/customer-deleter";
import { getBillingProvider } from "@/lib/billing/stripe/stripe-client";
import { adapters } from "@/lib/env";

/** Deletes the user's sign-in identity at the auth provider. Must succeed when it is already gone (a retry). */
export interface IdentityDeleter {
  readonly provider: "clerk" | "local";
  deleteIdentity(user: Pick<User, "authProviderId">): Promise<void>;
}

/**
 * Deletes the user's customer at the payment provider (Stripe, when billing is on). Called inside the deletion's
 * transaction with its handle, which reads the billing row that names the customer. Must succeed when the customer is
 * already gone (a retry).
 */
export interface BillingCustomerDeleter {
  deleteCustomer(user: Pick<User, "id">, db: ScopedDb): Promise<void>;
}

export type ExternalAccounts = { identity: IdentityDeleter; billing: BillingCustomerDeleter };

/** The slice of Clerk's backend client the deleter uses. */
export type ClerkUsersClient = { users: { deleteUser(userId: string): Promise<unknown> } };

/** Deletes the Clerk user (which also ends every Clerk session of theirs). A 404 means it is gone already. */
export function clerkIdentityDeleter(client: () => Promise<ClerkUsersClient> = clerkClient): IdentityDeleter {
  return {
    provider: "clerk",
    async deleteIdentity(user) {
      try {
        await (await client()).users.deleteUser(user.authProviderId);
      } catch (error) {
        if ((error as { status?: unknown } | null)?.status !== 404) throw error;
      }
    },
  };
}

/**
 * Local mode: the identity is the user row and its sessions, deleted in the transaction; the subject is derived from
 * the email, so signing in again with it creates a new, empty user row.
 */
export const localIdentityDeleter: IdentityDeleter = { provider: "local", deleteIdentity: async () => undefined };

/** Billing off: there is no customer to delete. */
export const noBillingCustomer: BillingCustomerDeleter = { deleteCustomer: async () => undefined };

/** The external accounts this deployment uses: lib/env's choice of auth and billing adapters, unless told. */
export function externalAccounts(auth: "clerk" | "local" = adapters.auth, billing: BillingProvider | null = getBillingProvider()): ExternalAccounts {
  return {
    identity: auth === "clerk" ? clerkIdentityDeleter() : localIdentityDeleter,
    billing: billing ? stripeCustomerDeleter(billing) : noBillingCustomer,
  };
}
