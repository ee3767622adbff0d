/**
 * With billing on, the principal lookup reads the user's own subscription in the statement that finds the user
 * (migration 0018's subject-scoped read), so a request's entitlements cost no query of their own: the plan it grants
 * equals the one a separate lookup finds, no other user's billing row is visible to that scope, and with billing off
 * nothing is read.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { runScoped, scopedDb } from "@/db/scoped";
import type { User } from "@/db/schema";
import { issueLocalSession } from "@/lib/auth/local-session";
import { principalFor } from "@/lib/auth/principal";
import { recordLocalSession } from "@/lib/auth/sign-in-service";
import { resolveEntitlements } from "@/lib/context/entitlements";
import { seedUserSubscription } from "@/tests/helpers/billing";
import { createTestUser } from "@/tests/helpers/context";

const now = new Date();
const aMonthOn = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);

/** A user signed in locally (their open session row), and how to resolve their principal with billing on or off. */
async function signedIn(): Promise<{ user: User; resolve: (billing: "stripe" | "off") => ReturnType<typeof principalFor> }> {
  const email = `plan-${randomUUID()}@example.test`;
  const session = issueLocalSession(email, now, 3600);
  const user = await createTestUser({ email, subject: session.subject });
  await recordLocalSession(getDb, session, { email, displayName: email }, now);
  const verified = { subject: session.subject, sessionId: session.sessionId };
  return { user, resolve: (billing) => principalFor(verified, { database: getDb, billing }, now) };
}

/** A scoped handle whose database cannot be opened: entitlements resolved through it prove they read nothing. */
const unreachable = scopedDb(() => Promise.reject(new Error("entitlements queried the database")), { role: "app" });

describe("the plan read with the principal", () => {
  it("carries the user's own subscription with billing on, and entitlements use it without a query", async () => {
    const { user, resolve } = await signedIn();
    await seedUserSubscription(user.id, { currentPeriodEnd: aMonthOn, cancelAtPeriodEnd: true });
    const principal = await resolve("stripe");
    expect(principal?.subscription).toEqual({
      plan: "candidate_pro",
      status: "active",
      quantity: 1,
      currentPeriodEnd: aMonthOn,
      cancelAtPeriodEnd: true,
    });
    const entitlements = await resolveEntitlements(principal!, unreachable, now, "stripe");
    expect(entitlements).toMatchObject({ plan: "candidate_pro", periodEnd: aMonthOn, cancelAtPeriodEnd: true });
    const looked = await resolveEntitlements({ ...principal!, subscription: undefined }, scopedDb(getDb, { role: "app", userId: user.id }), now, "stripe");
    expect(looked).toEqual(entitlements);
  });

  it("says there is no subscription yet (Free) rather than not knowing, and reads nothing with billing off", async () => {
    const { resolve } = await signedIn();
    const principal = await resolve("stripe");
    expect(principal?.subscription).toBeNull();
    expect((await resolveEntitlements(principal!, unreachable, now, "stripe")).plan).toBe("candidate_free");
    expect(await resolve("off")).not.toHaveProperty("subscription");
  });

  it("lets the subject's scope read its own user's billing row and no one else's", async () => {
    const { user } = await signedIn();
    const other = await createTestUser();
    await seedUserSubscription(user.id, { currentPeriodEnd: aMonthOn });
    await seedUserSubscription(other.id, { currentPeriodEnd: aMonthOn });
    const asSubject = scopedDb(getDb, { role: "app", subject: user.authProviderId });
    const visible = await runScoped(asSubject, async (tx) => ((await tx.execute(sql`select user_id from user_billing`)) as unknown as { rows: { user_id: string }[] }).rows);
    expect(visible).toEqual([{ user_id: user.id }]);
    const written = await runScoped(asSubject, (tx) => tx.execute(sql`update user_billing set quantity = 9 where user_id = ${user.id}`)).catch(
      (error: Error) => error,
    );
    // Drizzle wraps the driver's error: the refusal is its cause.
    expect(String((written as Error).cause ?? written)).toMatch(/permission denied/);
  });
});
