/**
 * The results table of one assessment, for everyone who may see results ("results.view"), and its CSV export (a
 * reviewer action: audited with counts only, never names). One statement reads the assessment's rows
 * (db/queries/assessment-results.ts); result-rows.ts computes scores and tiers, sorts, filters and pages (offset).
 */
import "server-only";
import { listAssessmentResults, listQuestionPositions } from "@/db/queries/assessment-results";
import type { MemberContext } from "@/lib/context/request-context";
import { loadAssessment } from "@/lib/assessments/access";
import { toCsv } from "./csv";
import { LOW_CONFIDENCE_THRESHOLD, TIER_LABELS } from "./integrity-tier";
import { filterResults, pageOf, type ResultRow, type ResultsPage, sortResults, toResultRow } from "./result-rows";
import type { ResultsQuery } from "./schemas";

export type ResultsTable = ResultsPage & {
  assessment: { id: string; title: string; roleTitle: string; proctoring: boolean };
  positions: number[];
  query: ResultsQuery;
};

async function allRows(ctx: MemberContext, assessmentId: string, query: ResultsQuery) {
  const orgId = ctx.principal.organisation.id;
  const assessment = await loadAssessment(ctx, ctx.db, assessmentId);
  const [positions, raw] = await Promise.all([
    listQuestionPositions(ctx.db, orgId, assessment.id),
    listAssessmentResults(ctx.db, orgId, assessment.id, LOW_CONFIDENCE_THRESHOLD),
  ]);
  const now = ctx.now();
  const rows = sortResults(filterResults(raw.map((row) => toResultRow(row, positions, now)), query), query.sort, query.dir);
  return { assessment, positions, rows };
}

/** One page of the table; 404 for an assessment that is not this organisation's. */
export async function assessmentResults(ctx: MemberContext, assessmentId: string, query: ResultsQuery): Promise<ResultsTable> {
  const { assessment, positions, rows } = await allRows(ctx, assessmentId, query);
  const { id, title, roleTitle, proctoring } = assessment;
  return { assessment: { id, title, roleTitle, proctoring }, positions, query, ...pageOf(rows, query.page) };
}

function scoreCell(question: ResultRow["questions"][number]): string | number {
  if (question.insufficient) return "insufficient evidence";
  return question.score ?? "";
}

function csvRow(row: ResultRow): (string | number | null)[] {
  const integrity = row.integrity;
  return [
    row.candidateName,
    row.status,
    row.submittedAt,
    row.rating,
    row.overallScore,
    ...row.questions.map(scoreCell),
    integrity ? TIER_LABELS[integrity.tier] : "",
    integrity?.lowConfidence ? "low confidence" : "",
    integrity?.tabSwitches ?? "",
    integrity?.windowBlurs ?? "",
    integrity?.lookAways ?? "",
    integrity?.multipleFaces ?? "",
    integrity?.faceLostShare === null || integrity?.faceLostShare === undefined ? "" : `${Math.round(integrity.faceLostShare * 100)}%`,
    row.decision ?? "",
  ];
}

/** Every row matching the filters (all pages), as CSV; the export is audited with its counts. */
export async function exportAssessmentResults(ctx: MemberContext, assessmentId: string, query: ResultsQuery): Promise<{ filename: string; csv: string }> {
  const { assessment, positions, rows } = await allRows(ctx, assessmentId, query);
  const header = [
    "Candidate",
    "Status",
    "Submitted at (UTC)",
    "Rating",
    "Overall score",
    ...positions.map((p) => `Question ${p} score`),
    "Integrity tier",
    "Camera signals",
    "Tab switches",
    "Window blurs",
    "Look-aways",
    "Multiple faces",
    "Face lost share",
    "Decision",
  ];
  const csv = toCsv(header, rows.map(csvRow));
  await ctx.audit({
    action: "assessment.results.export",
    targetType: "assessment",
    targetId: assessment.id,
    newValues: { rows: rows.length, submitted: rows.filter((row) => row.status === "submitted").length, ...(query.status ? { status: query.status } : {}), ...(query.tier ? { tier: query.tier } : {}) },
  });
  return { filename: `results-${assessment.id.slice(0, 8)}-${ctx.now().toISOString().slice(0, 10)}.csv`, csv };
}
