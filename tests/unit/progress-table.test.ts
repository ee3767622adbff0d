import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProgressTable } from "@/components/practice/dashboard/progress-table";
import type { ProgressSeries } from "@/lib/practice/progress/progress-series";

const render = (series: ProgressSeries) => renderToStaticMarkup(createElement(ProgressTable, { series }));
const bodyRows = (html: string) => html.slice(html.indexOf("<tbody>")).match(/<tr>.*?<\/tr>/g) ?? [];

describe("ProgressTable", () => {
  it("gives a weekly row its week, its session count and the four scores in the header's order", () => {
    const html = render({
      granularity: "week",
      sessionCount: 130,
      points: [
        { date: new Date("2024-01-29T00:00:00Z"), sessionId: null, sessions: 55, structure: 62, relevance: 65, specificity: 64, impact: 61 },
        { date: new Date("2024-02-05T00:00:00Z"), sessionId: null, sessions: 75, structure: 10, relevance: 20, specificity: 30, impact: 40 },
      ],
    });
    expect(html).toMatch(/<th[^>]*>Week<\/th><th[^>]*>Sessions<\/th><th[^>]*>Structure<\/th><th[^>]*>Relevance<\/th><th[^>]*>Specificity<\/th><th[^>]*>Impact<\/th>/);
    expect(bodyRows(html)).toEqual([
      '<tr><th scope="row">w/c 29 Jan 2024</th><td>55</td><td>62</td><td>65</td><td>64</td><td>61</td></tr>',
      '<tr><th scope="row">w/c 5 Feb 2024</th><td>75</td><td>10</td><td>20</td><td>30</td><td>40</td></tr>',
    ]);
  });

  it("lists every session without a count column, two started in the same minute included", () => {
    const at = new Date("2026-03-05T14:07:00Z");
    const scores = { structure: 50, relevance: 60, specificity: 70, impact: 80 };
    const html = render({
      granularity: "session",
      sessionCount: 2,
      points: [
        { date: at, sessionId: "a", sessions: 1, ...scores },
        { date: at, sessionId: "b", sessions: 1, ...scores, impact: 90 },
      ],
    });
    expect(html).not.toContain("Sessions</th>");
    const rows = bodyRows(html);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^<tr><th scope="row">5 Mar 2026, \d\d:07<\/th><td>50<\/td><td>60<\/td><td>70<\/td><td>90<\/td><\/tr>$/);
  });
});
