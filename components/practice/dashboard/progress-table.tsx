import { RUBRIC_DIMENSIONS } from "@/lib/practice/session/records";
import { DIMENSION_NAMES, type ChartSeriesProps } from "./progress-series-props";
import { formatSessionDate, formatWeekStart } from "./format";

/** The chart's figures as a table, behind a disclosure: what a screen reader or a keyboard user reads instead of the SVG. */
export function ProgressTable({ series }: ChartSeriesProps) {
  const weekly = series.granularity === "week";
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-slate-700 underline">Show the figures as a table</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left [&_td]:py-1 [&_td]:pr-3 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100" data-testid="progress-table">
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
          <tbody>
            {series.points.map((point) => (
              <tr key={point.sessionId ?? String(point.date)}>
                <th scope="row" className="py-1 pr-3 font-normal whitespace-nowrap">
                  {weekly ? formatWeekStart(point.date) : formatSessionDate(point.date)}
                </th>
                {weekly ? <td>{point.sessions}</td> : null}
                {RUBRIC_DIMENSIONS.map((dimension) => (
                  <td key={dimension}>{point[dimension]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
