"use client";

/**
 * The rows of the progress figures table. A client component only for what crosses the server-to-browser boundary:
 * the page's payload then carries each row as a short array of figures (about 40 bytes) instead of the rendered
 * elements (about 400), and a weekly table of three years has 150 rows, which was half the page. It renders the same
 * HTML on the server; the labels are formatted there, so the browser's time zone cannot make them differ.
 */

/** One row: its label (a session's start or a week's Monday), its session count (weekly only), then the four scores. */
export type FigureRow = [label: string, sessions: number | null, ...scores: number[]];

export function ProgressTableRows({ rows }: { rows: FigureRow[] }) {
  return (
    <tbody>
      {rows.map(([label, sessions, ...scores], index) => (
        // The rows never reorder, and a label can repeat (two sessions started in the same minute), so the index is the key.
        <tr key={index}>
          <th scope="row">{label}</th>
          {sessions === null ? null : <td>{sessions}</td>}
          {scores.map((score, column) => (
            <td key={column}>{score}</td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
