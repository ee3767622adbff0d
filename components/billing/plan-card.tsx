import type { ReactNode } from "react";
import type { GatedFeature, Plan } from "@/lib/billing/plans";

const FEATURE_TEXT: Record<GatedFeature, string> = {
  "practice.ai": "AI-written questions, feedback and model answers",
  "practice.voice": "Questions read aloud and recorded answers transcribed",
  hiring: "Assessments, candidate invites, review and results",
};

/** What a plan without a feature still gets, so the card never reads as an empty box. */
const BASELINE: Record<Plan["audience"], string> = {
  candidate: "Practice with the question bank and the built-in STAR feedback; type or use your browser's voice",
  organisation: "Every member (owner, manager or reviewer) takes a seat",
};

function allowanceText(plan: Plan): string[] {
  const lines: string[] = [];
  const sessions = plan.allowances.practice_sessions;
  const invites = plan.allowances.assessment_invites;
  if (sessions !== undefined) lines.push(`${sessions} practice sessions a month${plan.id === "candidate_pro" ? " (fair use)" : ""}`);
  if (invites !== undefined) lines.push(`${invites} candidate invites a month per seat`);
  return lines;
}

/** One plan on the pricing page: its name, price, what it includes, and whatever action the page puts under it. */
export function PlanCard({ plan, current, children }: { plan: Plan; current: boolean; children?: ReactNode }) {
  const headingId = `plan-${plan.id}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col rounded-lg border border-slate-200 bg-white p-4" data-testid={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {plan.name}
        {current ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-normal text-slate-700">Your plan</span> : null}
      </h2>
      <p className="mt-1 text-slate-700">{plan.priceLabel}</p>
      <ul className="mt-3 flex-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>{BASELINE[plan.audience]}</li>
        {plan.features.map((feature) => (
          <li key={feature}>{FEATURE_TEXT[feature]}</li>
        ))}
        {allowanceText(plan).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {children ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}
