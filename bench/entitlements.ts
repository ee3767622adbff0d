/**
 * What billing adds to a signed-in request on PostgreSQL, measured as the wrappers run one: the principal lookup (the
 * statement that finds the user in their open session), the request context, then the route's own work (a page of
 * saved sessions). Variants:
 *   - off:       billing off; entitlements answer "open" from memory;
 *   - separate:  billing on, the plan read by its own short transaction (how it was before migration 0018, and how an
 *                organisation's plan is still read);
 *   - principal: billing on, the plan read with the principal, in the same statement (a candidate's plan today);
 *   - spend:     as `principal`, plus one allowance spend (the guarded upsert) in the work's transaction: what
 *                starting a practice session adds.
 * Samples alternate so all four see the same machine. Figures only; nothing is enforced.
 *
 *   npm run bench:entitlements        (DATABASE_URL, or the local PostgreSQL; a throwaway database is made and dropped)
 */
import { performance } from "node:perf_hooks";
import { createDatabase } from "@/db/client";
import { openAuthSession, findUserInOpenSession } from "@/db/queries/auth-sessions";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { practiceSessions, userBilling } from "@/db/schema";
import { scopedDb, switchScope } from "@/db/scoped";
import { consumeAllowance } from "@/lib/billing/entitlements";
import type { UserPrincipal } from "@/lib/context/principal";
import { createContext } from "@/lib/context/request-context";
import type { Services } from "@/lib/context/services";
import { listSavedSessions } from "@/lib/practice/session";
import { freshDatabase, loadAverage, percentile } from "./bench-database";

const RUNS = Number(process.env.BENCH_RUNS ?? 1500);
const WARM_UP = 150;
/** Candidate Pro allows 300 sessions a month: the spend samples move to the next month before they run out. */
const SPENDS_PER_MONTH = 250;
const VARIANTS = ["off", "separate", "principal", "spend"] as const;
type Variant = (typeof VARIANTS)[number];

async function main() {
  const { url, drop } = await freshDatabase();
  const handle = createDatabase({ kind: "postgres", url });
  const database = async () => handle.db;
  try {
    const subject = "user_bench_entitlements";
    const sessionId = "sess_bench_entitlements";
    const asSubject = scopedDb(database, { role: "app", subject });
    const user = await asSubject.transaction(async (tx) => {
      const created = await upsertUserByAuthProviderId(tx, { authProviderId: subject, email: "bench@example.test" });
      const asUser = await switchScope(tx, { role: "app", userId: created.id });
      await openAuthSession(asUser, { id: sessionId, userId: created.id, expiresAt: new Date("2100-01-01T00:00:00Z") });
      return created;
    });
    await handle.db.insert(practiceSessions).values(
      Array.from({ length: 20 }, () => ({ userId: user.id, interviewType: "behavioural", questionCount: 3, status: "saved" as const })),
    );
    await handle.db.insert(userBilling).values({
      userId: user.id,
      stripeCustomerId: "cus_bench",
      stripeSubscriptionId: "sub_bench",
      plan: "candidate_pro",
      status: "active",
      quantity: 1,
      currentPeriodEnd: new Date("2100-01-01T00:00:00Z"),
    });

    /** The request up to its work: the principal lookup, with or without the plan, and the context. */
    async function contextFor(billing: Services["billing"], withSubscription: boolean, now = new Date()) {
      const found = await findUserInOpenSession(asSubject, subject, sessionId, now, { withSubscription });
      if (!found) throw new Error("the bench user's session was not found");
      const { acceptedTermsVersion, aiProcessingWithdrawn, subscription, ...row } = found;
      const principal: UserPrincipal = { kind: "user", user: row, sessionId, acceptedTermsVersion, aiProcessing: !aiProcessingWithdrawn };
      const services: Partial<Services> = { database, billing, payments: null, ai: null, audio: null };
      return createContext(subscription === undefined ? principal : { ...principal, subscription }, { services, now: () => now });
    }

    let spends = 0;
    const run: Record<Variant, () => Promise<unknown>> = {
      off: async () => listSavedSessions(await contextFor("off", false)),
      separate: async () => {
        const ctx = await contextFor("stripe", false);
        await ctx.entitlements();
        return listSavedSessions(ctx);
      },
      principal: async () => {
        const ctx = await contextFor("stripe", true);
        await ctx.entitlements();
        return listSavedSessions(ctx);
      },
      spend: async () => {
        const ctx = await contextFor("stripe", true, new Date(Date.UTC(2030, Math.floor(spends++ / SPENDS_PER_MONTH), 15)));
        await ctx.entitlements();
        return ctx.db.transaction(async (db) => {
          await consumeAllowance(ctx, "practice_sessions", { db });
          return listSavedSessions({ ...ctx, db });
        });
      },
    };

    const times = Object.fromEntries(VARIANTS.map((variant) => [variant, [] as number[]])) as Record<Variant, number[]>;
    for (let i = 0; i < RUNS + WARM_UP; i++) {
      for (const variant of i % 2 ? [...VARIANTS].reverse() : VARIANTS) {
        const start = performance.now();
        await run[variant]();
        if (i >= WARM_UP) times[variant].push(performance.now() - start);
      }
    }

    console.log(`Entitlements on PostgreSQL: principal lookup + context + a page of saved sessions, ${RUNS} interleaved samples each, load ${loadAverage()}`);
    const p50 = (variant: Variant) => percentile(times[variant], 50);
    for (const variant of VARIANTS) {
      const added = variant === "off" ? "" : `   +${(p50(variant) - p50("off")).toFixed(3)} ms`;
      console.log(`  ${variant.padEnd(10)} p50 ${p50(variant).toFixed(3)} ms   p95 ${percentile(times[variant], 95).toFixed(3)} ms${added}`);
    }
  } finally {
    await handle.close();
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
