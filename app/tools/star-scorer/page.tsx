import type { Metadata } from "next";
import { adapters } from "@/lib/env";
import { StarScorer } from "@/components/star/star-scorer";
import { RATE_LIMIT_RULES } from "@/lib/ratelimit/rules";
import { RUBRIC_DESCRIPTION } from "@/lib/scoring/rubric-config";
import { definePage } from "@/lib/api/define-page";
import { peekStarScoreAllowance } from "@/lib/scoring/star-scorer-service";

export const metadata: Metadata = { title: "Free STAR answer scorer" };

export default definePage({ name: "tools.star-scorer", auth: "public" }, async (ctx) => {
  const { limit } = RATE_LIMIT_RULES.starScorePerIp;
  const allowance = await peekStarScoreAllowance(ctx);
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
      <p className="text-sm text-slate-600" data-testid="engine-notice">
        {adapters.ai === "openai"
          ? "Answers are scored by an AI model against the rubric below; if it is unavailable, the rubric engine answers and the result says so."
          : "AI scoring is not configured on this server: the rubric engine below scores every answer, offline."}
      </p>
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
});
