import type { ProgressPoint } from "@/lib/practice/session";
import { type RubricDimension, RUBRIC_DIMENSIONS } from "@/lib/practice/session/records";
import { buildChartGeometry, DEFAULT_CHART_LAYOUT } from "@/lib/practice/progress/chart-geometry";
import type { Jsonified } from "@/lib/practice/stream/events";
import { formatSessionDate, formatShortDate } from "./format";

type Point = ProgressPoint | Jsonified<ProgressPoint>;

const NAMES: Record<RubricDimension, string> = {
  structure: "Structure",
  relevance: "Relevance",
  specificity: "Specificity",
  impact: "Impact",
};

/** Colour plus a dash pattern and a marker shape per line, so the lines stay apart without relying on colour. */
const STYLES: Record<RubricDimension, { stroke: string; fill: string; dash?: string; marker: "circle" | "square" | "diamond" | "triangle" }> = {
  structure: { stroke: "stroke-indigo-600", fill: "fill-indigo-600", marker: "circle" },
  relevance: { stroke: "stroke-emerald-600", fill: "fill-emerald-600", dash: "6 4", marker: "square" },
  specificity: { stroke: "stroke-amber-600", fill: "fill-amber-600", dash: "2 3", marker: "diamond" },
  impact: { stroke: "stroke-rose-600", fill: "fill-rose-600", dash: "10 3 2 3", marker: "triangle" },
};

function Marker({ shape, x, y, className }: { shape: (typeof STYLES)[RubricDimension]["marker"]; x: number; y: number; className: string }) {
  const r = 4;
  if (shape === "circle") return <circle cx={x} cy={y} r={r} className={className} />;
  if (shape === "square") return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} className={className} />;
  if (shape === "diamond") return <path d={`M${x} ${y - r - 1} L${x + r + 1} ${y} L${x} ${y + r + 1} L${x - r - 1} ${y} Z`} className={className} />;
  return <path d={`M${x} ${y - r - 1} L${x + r + 1} ${y + r} L${x - r - 1} ${y + r} Z`} className={className} />;
}

/**
 * Each rubric dimension over the saved sessions, oldest first. The SVG is a picture for sighted users; screen readers
 * get its summary as the image's name and the same figures in a table.
 */
export function ProgressChart({ points }: { points: Point[] }) {
  const layout = DEFAULT_CHART_LAYOUT;
  const geometry = buildChartGeometry(points, layout);
  const latest = points.at(-1);
  const summary = latest
    ? `Rubric scores over ${points.length} saved session${points.length === 1 ? "" : "s"}, from ${formatShortDate(points[0]!.date)} to ${formatShortDate(latest.date)}. Latest: ${RUBRIC_DIMENSIONS.map((d) => `${NAMES[d]} ${latest[d]}`).join(", ")}.`
    : "";

  return (
    <section aria-labelledby="progress-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id="progress-heading" className="text-lg font-semibold">
        Progress
      </h2>
      {points.length === 0 ? (
        <p className="text-slate-600" data-testid="progress-empty">
          Your progress appears here once you have saved a session: one line for each rubric dimension (structure,
          relevance, specificity and impact), scored from 0 to 100.
        </p>
      ) : (
        <>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
            {RUBRIC_DIMENSIONS.map((dimension) => (
              <li key={dimension} className="flex items-center gap-2">
                <svg width="28" height="12" aria-hidden="true" focusable="false">
                  <line x1="0" y1="6" x2="28" y2="6" strokeWidth="2" strokeDasharray={STYLES[dimension].dash} className={STYLES[dimension].stroke} />
                  <Marker shape={STYLES[dimension].marker} x={14} y={6} className={STYLES[dimension].fill} />
                </svg>
                {NAMES[dimension]}
              </li>
            ))}
          </ul>
          <svg
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-labelledby="progress-chart-title progress-chart-desc"
            className="h-auto w-full"
            data-testid="progress-chart"
          >
            <title id="progress-chart-title">Progress chart</title>
            <desc id="progress-chart-desc">{summary}</desc>
            {geometry.yTicks.map((tick) => (
              <g key={tick.value}>
                <line x1={geometry.plot.left} x2={geometry.plot.right} y1={tick.y} y2={tick.y} className="stroke-slate-200" strokeWidth="1" />
                <text x={geometry.plot.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle" className="fill-slate-500 text-[14px]">
                  {tick.value}
                </text>
              </g>
            ))}
            {geometry.xTicks.map((tick) => (
              <text key={tick.index} x={tick.x} y={geometry.plot.bottom + 20} textAnchor="middle" className="fill-slate-500 text-[14px]">
                {formatShortDate(points[tick.index]!.date)}
              </text>
            ))}
            {geometry.series.map((series) => (
              <g key={series.dimension} data-dimension={series.dimension}>
                {series.points.length > 1 ? (
                  <path d={series.path} fill="none" strokeWidth="2" strokeDasharray={STYLES[series.dimension].dash} className={STYLES[series.dimension].stroke} />
                ) : null}
                {series.points.map((point) => (
                  <Marker key={point.index} shape={STYLES[series.dimension].marker} x={point.x} y={point.y} className={STYLES[series.dimension].fill} />
                ))}
              </g>
            ))}
          </svg>
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-700 underline">Show the figures as a table</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left" data-testid="progress-table">
                <caption className="sr-only">Rubric scores out of 100 for each saved session, oldest first</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Session
                    </th>
                    {RUBRIC_DIMENSIONS.map((dimension) => (
                      <th key={dimension} scope="col" className="py-1 pr-3 font-medium">
                        {NAMES[dimension]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.sessionId} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                        {formatSessionDate(point.date)}
                      </th>
                      {RUBRIC_DIMENSIONS.map((dimension) => (
                        <td key={dimension} className="py-1 pr-3">
                          {point[dimension]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
