import { CANDIDATE_INVITE_STATES } from "@/lib/assessments/invites/invite-state";
import { INTEGRITY_TIERS, TIER_LABELS } from "@/lib/assessments/results/integrity-tier";
import type { ResultsQuery } from "@/lib/assessments/results/schemas";
import { secondaryButton } from "@/components/ui/button-styles";
import { STATE_BADGES } from "@/components/assessments/candidates/candidate-labels";

const selectClass = "mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2";

/** Filters as a plain GET form, so they work without JavaScript; the sort is kept, the page starts again. */
export function ResultsFilters({ action, query }: { action: string; query: ResultsQuery }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3" aria-label="Filter results">
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <label className="text-sm font-medium">
        Status
        <select name="status" defaultValue={query.status ?? ""} className={selectClass}>
          <option value="">All</option>
          {CANDIDATE_INVITE_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_BADGES[state].label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Integrity
        <select name="tier" defaultValue={query.tier ?? ""} className={selectClass}>
          <option value="">All</option>
          {INTEGRITY_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {TIER_LABELS[tier]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={secondaryButton}>
        Apply
      </button>
    </form>
  );
}
