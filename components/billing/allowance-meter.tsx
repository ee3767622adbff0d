import Link from "next/link";
import type { UsageView } from "@/lib/billing/usage-view";

const NOUNS = { practice_sessions: "practice sessions", assessment_invites: "candidate invites" } as const;

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? "" : "s"}`;
}

/**
 * This month's use of an allowance: "3 of 10 practice sessions this month", or for a team "12 of 50 candidate
 * invites this month, 2 seats", with a meter and, when it runs out or seats are short, the way to upgrade.
 */
export function AllowanceMeter({ usage }: { usage: UsageView }) {
  const noun = NOUNS[usage.metric];
  const team = usage.members !== null;
  const resets = new Date(usage.resetsAt).toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
  const seatsShort = team && usage.members! > usage.seats;
  const noPlan = usage.planName === null;
  const label = `${usage.used} of ${usage.limit} ${noun} this month${team ? `, ${plural(usage.seats, "seat")}` : ""}`;
  return (
    <section aria-label="Plan usage" className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid={`usage-${usage.metric}`}>
      {noPlan ? (
        <p>Hiring needs the Team plan: choose seats to build assessments and invite candidates.</p>
      ) : (
        <>
          <p>
            <span className="font-medium">{label}</span>
            <span className="text-slate-600"> on {usage.planName}. Resets on {resets}.</span>
          </p>
          <meter className="mt-2 h-2 w-full" min={0} max={Math.max(usage.limit, 1)} value={usage.used} aria-label={label} />
        </>
      )}
      {seatsShort ? (
        <p className="mt-1 text-amber-900">
          {usage.members} members on {plural(usage.seats, "seat")}: add seats before inviting more candidates.
        </p>
      ) : null}
      {noPlan || seatsShort || usage.remaining === 0 ? (
        <Link href={usage.upgradeUrl} className="mt-1 inline-block font-medium text-brand underline underline-offset-2" data-testid="upgrade-link">
          {noPlan ? "See the Team plan" : "Upgrade for more"}
        </Link>
      ) : null}
    </section>
  );
}
