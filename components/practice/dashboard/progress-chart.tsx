import { type RubricDimension, RUBRIC_DIMENSIONS } from "@/lib/practice/session/records";
import { buildChartGeometry, DEFAULT_CHART_LAYOUT } from "@/lib/practice/progress/chart-geometry";
import { formatMonthYear, formatShortDate, formatWeekDate } from "./format";
import { DIMENSION_NAMES as NAMES, type ChartSeriesProps } from "./progress-series-props";
import { ProgressTable } from "./progress-table";

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

/** The chart's text alternative: what it covers and the latest figures. */
function chartSummary({ series }: ChartSeriesProps): string {
  const { points, sessionCount } = series;
  const latest = points.at(-1);
  if (!latest) return "";
  const sessions = `${sessionCount.toLocaleString("en-GB")} saved session${sessionCount === 1 ? "" : "s"}`;
  const figures = RUBRIC_DIMENSIONS.map((d) => `${NAMES[d]} ${latest[d]}`).join(", ");
  return series.granularity === "week"
    ? `Weekly mean rubric scores over ${sessions}, from the week of ${formatWeekDate(points[0]!.date)} to the week of ${formatWeekDate(latest.date)}. Latest week: ${figures}.`
    : `Rubric scores over ${sessions}, from ${formatShortDate(points[0]!.date)} to ${formatShortDate(latest.date)}. Latest: ${figures}.`;
}

/**
 * Each rubric dimension over the whole saved history, oldest first: per session, or per week for a long history. The
 * SVG is a picture for sighted users; screen readers get its summary as the image's name and the figures in a table.
 */
export function ProgressChart({ series }: ChartSeriesProps) {
  const { points } = series;
  const layout = DEFAULT_CHART_LAYOUT;
  const geometry = buildChartGeometry(points, layout);
  const tickLabel = series.granularity === "week" ? formatMonthYear : formatShortDate;

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
            <desc id="progress-chart-desc">{chartSummary({ series })}</desc>
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
                {tickLabel(points[tick.index]!.date)}
              </text>
            ))}
            {geometry.series.map((line) => (
              <g key={line.dimension} data-dimension={line.dimension}>
                {line.points.length > 1 ? (
                  <path d={line.path} fill="none" strokeWidth="2" strokeDasharray={STYLES[line.dimension].dash} className={STYLES[line.dimension].stroke} />
                ) : null}
                {geometry.markers && line.points.map((point) => (
                  <Marker key={point.index} shape={STYLES[line.dimension].marker} x={point.x} y={point.y} className={STYLES[line.dimension].fill} />
                ))}
              </g>
            ))}
          </svg>
          <ProgressTable series={series} />
        </>
      )}
    </section>
  );
}
