/**
 * What lives outside our database and must go with the account: the sign-in identity (Clerk's user in production;
 * in local mode the identity is the user row and its auth_sessions, which the deletion's transaction removes) and,
 * once billing exists, the payment provider's customer. Behind interfaces, so a test swaps in a recording fake
 * instead of mocking modules.
 */
import "server-only";
import { clerkClient } from "@clerk/nextjs/server";
import type { User } from "@/db/schema";
import { adapters } from "@/lib/env";

/** Deletes the user's sign-in identity at the auth provider. Must succeed when it is already gone (a retry). */
export interface IdentityDeleter {
  readonly provider: "clerk" | "local";
  deleteIdentity(user: Pick<User, "authProviderId">): Promise<void>;
}

/**
 * Deletes the user's customer at the payment provider. BILLING HOOK: the billing issue replaces the no-op below with
 * the Stripe adapter's `customers.del(customerId)`; until then there is no customer to delete.
 */
export interface BillingCustomerDeleter {
  deleteCustomer(user: Pick<User, "id">): Promise<void>;
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

/** No billing yet: nothing to delete (see BillingCustomerDeleter). */
export const noBillingCustomer: BillingCustomerDeleter = { deleteCustomer: async () => undefined };

/** The external accounts this deployment uses: lib/env's choice of auth adapter, unless told. */
export function externalAccounts(auth: "clerk" | "local" = adapters.auth): ExternalAccounts {
  return { identity: auth === "clerk" ? clerkIdentityDeleter() : localIdentityDeleter, billing: noBillingCustomer };
}
