import { RUBRIC_DIMENSIONS } from "@/lib/practice/session/records";
import { DIMENSION_NAMES, type ChartSeriesProps } from "./progress-series-props";
import { formatSessionDate, formatWeekStart } from "./format";
import { type FigureRow, ProgressTableRows } from "./progress-table-rows";

/** The chart's figures as a table, behind a disclosure: what a screen reader or a keyboard user reads instead of the SVG. */
export function ProgressTable({ series }: ChartSeriesProps) {
  const weekly = series.granularity === "week";
  const rows = series.points.map(
    (point): FigureRow => [
      weekly ? formatWeekStart(point.date) : formatSessionDate(point.date),
      weekly ? point.sessions : null,
      ...RUBRIC_DIMENSIONS.map((dimension) => point[dimension]),
    ],
  );
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700 underline">Show the figures as a table</summary>
      <div className="mt-2 overflow-x-auto">
        <table
          className="w-full text-left [&_tbody_th]:py-1 [&_tbody_th]:pr-3 [&_tbody_th]:font-normal [&_tbody_th]:whitespace-nowrap [&_td]:py-1 [&_td]:pr-3 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100"
          data-testid="progress-table"
        >
          <caption className="sr-only">
            {weekly ? "Weekly mean rubric scores out of 100, oldest week first" : "Rubric scores out of 100 for each saved session, oldest first"}
          </caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-3 font-medium">
                {weekly ? "Week" : "Session"}
              </th>
              {weekly ? (
                <th scope="col" className="py-1 pr-3 font-medium">
                  Sessions
                </th>
              ) : null}
              {RUBRIC_DIMENSIONS.map((dimension) => (
                <th key={dimension} scope="col" className="py-1 pr-3 font-medium">
                  {DIMENSION_NAMES[dimension]}
                </th>
              ))}
            </tr>
          </thead>
          <ProgressTableRows rows={rows} />
        </table>
      </div>
    </details>
  );
}
