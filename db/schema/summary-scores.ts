/**
 * The practice_sessions columns PostgreSQL derives from the stored summary: its four rubric dimension scores. The
 * progress series aggregates these small columns instead of unpacking every session's summary JSON (issue #10), and
 * because the database computes them from the summary itself (a stored generated column), no writer can forget them
 * or let them disagree with it: finishing a session writes the summary and the scores follow in the same statement.
 */
import { type SQL, sql } from "drizzle-orm";

/** The summary's dimensions, as lib/practice/session/records.ts names them (the schema imports nothing from lib). */
export type SummaryDimension = "structure" | "relevance" | "specificity" | "impact";

/**
 * `summary -> 'dimensions' -> name` when it is a whole number from 0 to 100 (what the summary schema accepts), else
 * null, so the series leaves the session out rather than plotting a zero. Null too when no answer of the session had
 * evidence to judge (every one declined as empty, unintelligible or off-topic): its summary's zeros mean "nothing to
 * score", not a score. CASE, not AND: only CASE guarantees the cast never sees a string or an object.
 */
export function summaryScore(name: SummaryDimension): SQL {
  const value = `("summary" -> 'dimensions' -> '${name}')`;
  const declined = `("summary" -> 'insufficientCount')`;
  const answered = `("summary" -> 'answeredCount')`;
  const score = `CASE WHEN ${value}::numeric BETWEEN 0 AND 100 AND ${value}::numeric = trunc(${value}::numeric) THEN ${value}::numeric::smallint END`;
  return sql.raw(
    `CASE WHEN jsonb_typeof(${value}) <> 'number' THEN NULL ` +
      `WHEN jsonb_typeof(${declined}) = 'number' AND jsonb_typeof(${answered}) = 'number' THEN ` +
      `CASE WHEN ${declined}::numeric >= ${answered}::numeric THEN NULL ELSE ${score} END ` +
      `ELSE ${score} END`,
  );
}
