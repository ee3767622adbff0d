/**
 * The identity outside our database: with Clerk, account deletion deletes the Clerk user (a fake Clerk client is
 * injected through the service's ExternalAccounts, no module mocks), treats "already gone" as done, and rolls the
 * whole deletion back when Clerk refuses, so a retry starts from the same place. The billing hook is called once.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { candidateProfiles, users } from "@/db/schema";
import { updateProfile } from "@/lib/profile/profile-service";
import { deleteAccount } from "@/lib/privacy/account-deletion/account-deletion-service";
import { type BillingCustomerDeleter, clerkIdentityDeleter, type ClerkUsersClient, externalAccounts } from "@/lib/privacy/account-deletion/external-accounts";
import { contextFor, createTestUser } from "@/tests/helpers/context";

const confirm = { confirm: "delete my account" } as const;

/** A Clerk backend client whose deleteUser records the id and then answers as `answer` says. */
function fakeClerk(answer: () => Promise<unknown> = async () => ({})) {
  const deleted: string[] = [];
  const client: ClerkUsersClient = {
    users: {
      deleteUser: async (id) => {
        deleted.push(id);
        return answer();
      },
    },
  };
  return { deleted, client: async () => client };
}

function recordingBilling(): BillingCustomerDeleter & { calls: string[] } {
  const calls: string[] = [];
  return { calls, deleteCustomer: async (user) => void calls.push(user.id) };
}

async function accountWithProfile() {
  const user = await createTestUser({ subject: `user_clerk_${crypto.randomUUID()}`, displayName: "Clerk User" });
  const ctx = contextFor(user);
  await updateProfile(ctx, { cvText: "Kept until deleted.", targetRole: "Analyst", goals: null });
  return { user, ctx };
}

async function stillThere(userId: string) {
  const raw = await getDb();
  return {
    user: (await raw.select().from(users).where(eq(users.id, userId))).length,
    profile: (await raw.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId))).length,
  };
}

describe("account deletion and the auth provider", () => {
  it("deletes the Clerk user by its subject, with the account", async () => {
    const { user, ctx } = await accountWithProfile();
    const clerk = fakeClerk();
    const billing = recordingBilling();

    await deleteAccount(ctx, confirm, { identity: clerkIdentityDeleter(clerk.client), billing });

    expect(clerk.deleted).toEqual([user.authProviderId]);
    expect(billing.calls).toEqual([user.id]);
    expect(await stillThere(user.id)).toEqual({ user: 0, profile: 0 });
  });

  it("treats a Clerk user that is already gone as deleted", async () => {
    const { user, ctx } = await accountWithProfile();
    const clerk = fakeClerk(async () => Promise.reject(Object.assign(new Error("Not Found"), { status: 404 })));

    await deleteAccount(ctx, confirm, { identity: clerkIdentityDeleter(clerk.client), billing: recordingBilling() });

    expect(clerk.deleted).toEqual([user.authProviderId]);
    expect(await stillThere(user.id)).toEqual({ user: 0, profile: 0 });
  });

  it("deletes nothing when Clerk refuses, so the user can try again", async () => {
    const { user, ctx } = await accountWithProfile();
    const clerk = fakeClerk(async () => Promise.reject(Object.assign(new Error("Clerk is down"), { status: 503 })));

    await expect(deleteAccount(ctx, confirm, { identity: clerkIdentityDeleter(clerk.client), billing: recordingBilling() })).rejects.toThrow("Clerk is down");

    expect(clerk.deleted).toEqual([user.authProviderId]);
    expect(await stillThere(user.id)).toEqual({ user: 1, profile: 1 });
  });

  it("deletes the Clerk user when Clerk is the auth adapter, and the local identity otherwise", () => {
    expect(externalAccounts("clerk").identity.provider).toBe("clerk");
    expect(externalAccounts("local").identity.provider).toBe("local");
    // These tests run on the local adapter: the user row and its sessions are the identity.
    expect(externalAccounts().identity.provider).toBe("local");
  });
});
