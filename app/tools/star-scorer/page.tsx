import type { Metadata } from "next";
import { headers } from "next/headers";
import { StarScorer } from "@/components/star/star-scorer";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";
import { RUBRIC_DESCRIPTION } from "@/lib/scoring/rubric-config";
import { peekStarScoreAllowance } from "@/lib/scoring/star-scorer-service";

export const metadata: Metadata = { title: "Free STAR answer scorer" };

export default async function StarScorerPage() {
  const { limit } = RATE_LIMIT_RULES.starScorePerIp;
  const allowance = await peekStarScoreAllowance(await headers());
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold sm:text-3xl">Free STAR answer scorer</h1>
        <p className="mt-2 max-w-2xl text-slate-700">
          Paste an interview answer and see how well it follows Situation, Task, Action, Result. No account needed.
          We never store or log what you paste; we count requests by a keyed hash of your IP address, up to {limit} an
          hour.
        </p>
      </div>
      <StarScorer limitPerHour={limit} initialAllowance={allowance} />
      <section aria-labelledby="how-we-score" className="max-w-3xl space-y-2">
        <h2 id="how-we-score" className="text-xl font-semibold">
          How we score
        </h2>
        <p className="text-sm text-slate-500">Rubric version {RUBRIC_DESCRIPTION.version}</p>
        <p>{RUBRIC_DESCRIPTION.summary}</p>
        <dl className="space-y-2">
          {(["situation", "task", "action", "result"] as const).map((part) => (
            <div key={part}>
              <dt className="font-medium capitalize">{part}</dt>
              <dd className="text-slate-700">{RUBRIC_DESCRIPTION.parts[part]}</dd>
            </div>
          ))}
          <div>
            <dt className="font-medium">Overall</dt>
            <dd className="text-slate-700">{RUBRIC_DESCRIPTION.overall}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
