/**
 * What billing adds to a signed-in request on PostgreSQL, through the same request context the wrappers build:
 *   - off:      billing off, the route's own work (a page of saved sessions); entitlements answer "open" from memory;
 *   - plan:     billing on, the plan looked up first (one primary-key select, in its own short transaction), then the
 *               same work: what every gated route and every AI-capable candidate request pays;
 *   - spend:    billing on, the plan, then one allowance spend (the guarded upsert) in the work's transaction: what
 *               starting a practice session adds.
 * Samples alternate so the three see the same machine. Figures only; nothing is enforced.
 *
 *   npm run bench:entitlements        (DATABASE_URL, or the local PostgreSQL; a throwaway database is made and dropped)
 */
import { performance } from "node:perf_hooks";
import { createDatabase } from "@/db/client";
import { practiceSessions, userBilling, type User } from "@/db/schema";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { scopedDb } from "@/db/scoped";
import { consumeAllowance } from "@/lib/billing/entitlements";
import { createContext, type UserContext } from "@/lib/context/request-context";
import type { Services } from "@/lib/context/services";
import { listSavedSessions } from "@/lib/practice/session";
import { freshDatabase, loadAverage, percentile } from "./bench-database";

const RUNS = Number(process.env.BENCH_RUNS ?? 1500);
const WARM_UP = 150;
/** Candidate Pro allows 300 sessions a month: the spend samples move to the next month before they run out. */
const SPENDS_PER_MONTH = 250;

type Variant = "off" | "plan" | "spend";

async function main() {
  const { url, drop } = await freshDatabase();
  const handle = createDatabase({ kind: "postgres", url });
  try {
    const subject = "user_bench_entitlements";
    const user: User = await upsertUserByAuthProviderId(scopedDb(async () => handle.db, { role: "app", subject }), {
      authProviderId: subject,
      email: "bench@example.test",
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

    const services = (billing: Services["billing"]): Partial<Services> => ({ database: async () => handle.db, billing, payments: null, ai: null, audio: null });
    const contextFor = (billing: Services["billing"], now: Date): UserContext =>
      createContext({ kind: "user", user, sessionId: null, acceptedTermsVersion: null, aiProcessing: true } as UserContext["principal"], {
        services: services(billing),
        now: () => now,
      });
    let spends = 0;
    const run: Record<Variant, () => Promise<unknown>> = {
      off: () => listSavedSessions(contextFor("off", new Date())),
      plan: async () => {
        const ctx = contextFor("stripe", new Date());
        await ctx.entitlements();
        return listSavedSessions(ctx);
      },
      spend: async () => {
        const month = Math.floor(spends++ / SPENDS_PER_MONTH);
        const ctx = contextFor("stripe", new Date(Date.UTC(2030, month, 15)));
        await ctx.entitlements();
        return ctx.db.transaction(async (db) => {
          await consumeAllowance(ctx, "practice_sessions", { db });
          return listSavedSessions({ ...ctx, db });
        });
      },
    };

    const times: Record<Variant, number[]> = { off: [], plan: [], spend: [] };
    const order: Variant[] = ["off", "plan", "spend"];
    for (let i = 0; i < RUNS + WARM_UP; i++) {
      for (const variant of i % 2 ? [...order].reverse() : order) {
        const start = performance.now();
        await run[variant]();
        if (i >= WARM_UP) times[variant].push(performance.now() - start);
      }
    }

    console.log(`Entitlements on PostgreSQL: ${RUNS} interleaved samples each, load ${loadAverage()}`);
    const p50 = (variant: Variant) => percentile(times[variant], 50);
    for (const variant of order) {
      console.log(`  ${variant.padEnd(6)} p50 ${p50(variant).toFixed(3)} ms   p95 ${percentile(times[variant], 95).toFixed(3)} ms`);
    }
    console.log(`  the plan lookup adds ${(p50("plan") - p50("off")).toFixed(3)} ms at p50; plan and spend ${(p50("spend") - p50("off")).toFixed(3)} ms`);
  } finally {
    await handle.close();
    await drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
