import type { Measure, MeasureArea } from "@/lib/privacy/measures";

/** The measures grouped by area, each with its status and, when in place, the test that proves it. */
export function MeasuresList({ measures }: { measures: readonly Measure[] }) {
  const areas = [...new Set(measures.map((measure) => measure.area))];
  return (
    <div className="space-y-6">
      {areas.map((area) => (
        <MeasureGroup key={area} area={area} measures={measures.filter((measure) => measure.area === area)} />
      ))}
    </div>
  );
}

function MeasureGroup({ area, measures }: { area: MeasureArea; measures: readonly Measure[] }) {
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{area}</h2>
      <ul className="space-y-3">
        {measures.map((measure) => (
          <li key={measure.title} className="rounded-md border border-slate-200 p-3">
            <p className="font-medium">
              {measure.title}{" "}
              <span className={measure.status === "in place" ? "text-sm text-green-700" : "text-sm text-amber-800"}>({measure.status})</span>
            </p>
            <p className="text-sm text-slate-700">{measure.description}</p>
            {measure.status === "in place" ? (
              <p className="text-xs text-slate-500">
                Proved by <code>{measure.proof.file}</code>: &ldquo;{measure.proof.test}&rdquo;
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
