import { TIER_LABELS } from "@/lib/assessments/results/integrity-tier";
import type { ResultIntegrity } from "@/lib/assessments/results/result-rows";

const TIER_CLASSES = { none: "bg-emerald-100 text-emerald-900", some: "bg-amber-100 text-amber-900", major: "bg-red-100 text-red-900" } as const;

/** The tier as a badge with the counts behind it; low-confidence camera signals are said in words, never counted. */
export function IntegrityCell({ integrity }: { integrity: ResultIntegrity | null }) {
  if (!integrity) return <span className="text-slate-500">—</span>;
  const counts = [
    integrity.tabSwitches ? `${integrity.tabSwitches} tab switch${integrity.tabSwitches === 1 ? "" : "es"}` : null,
    integrity.windowBlurs ? `${integrity.windowBlurs} window blur${integrity.windowBlurs === 1 ? "" : "s"}` : null,
    integrity.lookAways ? `${integrity.lookAways} look-away${integrity.lookAways === 1 ? "" : "s"}` : null,
    integrity.multipleFaces ? `${integrity.multipleFaces} multiple faces` : null,
    integrity.faceLostShare ? `face lost ${Math.round(integrity.faceLostShare * 100)}% of the time` : null,
  ].filter(Boolean);
  return (
    <div className="space-y-1">
      <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${TIER_CLASSES[integrity.tier]}`}>{TIER_LABELS[integrity.tier]}</span>
      {counts.length ? <p className="text-xs text-slate-600">{counts.join(", ")}</p> : null}
      {integrity.lowConfidence ? <p className="text-xs text-slate-600">Some camera signals: low confidence</p> : null}
    </div>
  );
}
