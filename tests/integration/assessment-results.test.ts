/**
 * The results table and its CSV export, through the services and the route handlers: rows, scores and tiers of seeded
 * attempts (a superseded attempt is not the row's attempt; an insufficient-evidence answer is no score), sorting,
 * filtering, pagination, permissions per role (reviewers view and export; a non-member 404), another organisation's
 * assessment 404, the CSV body and its audit event.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/results/export/route";
import * as resultsRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/results/route";
import { getDb } from "@/db/client";
import { assessmentAnswers, assessmentAttempts, assessmentQuestions, type Assessment, auditEvents, candidateInvites, type Organisation, proctoringEvents, type ProctoringEventKind } from "@/db/schema";
import { assessmentResults } from "@/lib/assessments/results/results-service";
import { resultsQuerySchema } from "@/lib/assessments/results/schemas";
import { expectAppError } from "@/tests/helpers/expect-app-error";
import { seedAssessment } from "@/tests/helpers/assessments";
import { call, type Fixture, fixture, type Role } from "@/tests/helpers/organisation-requests";
import { memberContextFor } from "@/tests/helpers/organisations";

type Signal = { kind: ProctoringEventKind; confidence?: number; durationMs?: number; position?: number };
type CandidateSeed = { name: string; scores?: (number | "insufficient" | null)[]; submittedAt?: Date; signals?: Signal[]; supersededScores?: number[]; status?: "invited" | "revoked" };

async function seedQuestions(assessment: Assessment, count: number) {
  const raw = await getDb();
  await raw.insert(assessmentQuestions).values(
    Array.from({ length: count }, (_, i) => ({ orgId: assessment.orgId, assessmentId: assessment.id, position: i + 1, text: `Question ${i + 1}`, kind: "behavioural", source: "custom" as const })),
  );
  return raw.select().from(assessmentQuestions).where(eq(assessmentQuestions.assessmentId, assessment.id)).orderBy(assessmentQuestions.position);
}

async function seedCandidate(assessment: Assessment, seed: CandidateSeed) {
  const raw = await getDb();
  const questions = await raw.select().from(assessmentQuestions).where(eq(assessmentQuestions.assessmentId, assessment.id)).orderBy(assessmentQuestions.position);
  const submitted = Boolean(seed.scores);
  const [invite] = await raw
    .insert(candidateInvites)
    .values({
      orgId: assessment.orgId,
      assessmentId: assessment.id,
      candidateName: seed.name,
      candidateEmail: `${randomUUID()}@example.test`,
      tokenHash: randomUUID(),
      status: seed.status ?? (submitted ? "submitted" : "invited"),
      deadlineAt: new Date(Date.now() + 7 * 86_400_000),
    })
    .returning();
  const attempt = async (scores: (number | "insufficient" | null)[], supersededAt: Date | null, submittedAt: Date) => {
    const [row] = await raw
      .insert(assessmentAttempts)
      .values({ orgId: assessment.orgId, assessmentId: assessment.id, inviteId: invite!.id, deviceHash: randomUUID(), status: "submitted", consentVersion: "test", submittedAt, supersededAt })
      .returning();
    const answered = scores.flatMap((score, i) => (score === null ? [] : [{ score, question: questions[i]! }]));
    if (answered.length) {
      await raw.insert(assessmentAnswers).values(
        answered.map(({ score, question }) => ({
          orgId: assessment.orgId,
          inviteId: invite!.id,
          attemptId: row!.id,
          questionId: question.id,
          position: question.position,
          answerText: "An answer.",
          mode: "typed" as const,
          durationMs: 60_000,
          overallScore: score === "insufficient" ? null : score,
          evaluation: score === "insufficient" ? { insufficientEvidence: { reason: "too_short" } } : { dimensions: {} },
        })),
      );
    }
    return row!;
  };
  if (seed.supersededScores) await attempt(seed.supersededScores, new Date(Date.now() - 86_400_000), new Date(Date.now() - 2 * 86_400_000));
  if (seed.scores) {
    const live = await attempt(seed.scores, null, seed.submittedAt ?? new Date());
    if (seed.signals?.length) {
      await raw.insert(proctoringEvents).values(
        seed.signals.map((s, i) => ({ orgId: assessment.orgId, inviteId: invite!.id, attemptId: live.id, position: s.position ?? 1, kind: s.kind, atMs: i * 1000, durationMs: s.durationMs ?? null, confidence: s.confidence ?? null })),
      );
    }
  }
  return invite!;
}

const query = (input: Record<string, string> = {}) => resultsQuerySchema.parse(input);

describe("the results table", () => {
  let f: Fixture;
  let assessment: Assessment;
  const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));

  beforeAll(async () => {
    f = await fixture();
    assessment = await seedAssessment(f.organisation.id, { proctoring: true });
    await seedQuestions(assessment, 3);
    await seedCandidate(assessment, { name: "Ada", scores: [80, 60, "insufficient"], submittedAt: day(3), supersededScores: [10, 10, 10] });
    await seedCandidate(assessment, { name: "Brook", scores: [50, 50, 50], submittedAt: day(1), signals: [{ kind: "tab_switch" }, { kind: "window_blur" }] });
    await seedCandidate(assessment, {
      name: "Cato",
      scores: [90, null, 70],
      submittedAt: day(2),
      signals: [{ kind: "multiple_faces", confidence: 0.9 }, { kind: "look_away", confidence: 0.2 }],
    });
    await seedCandidate(assessment, { name: "Dee", scores: [40, 40, 40], submittedAt: day(4), signals: Array.from({ length: 5 }, () => ({ kind: "look_away" as const, confidence: 0.3 })) });
    await seedCandidate(assessment, { name: "Eve" });
  });

  const ctx = (role: "owner" | "reviewer" = "reviewer") => memberContextFor(f.people[role].user, f.organisation, role);
  const names = (rows: { candidateName: string }[]) => rows.map((row) => row.candidateName);

  it("shows each invite's live attempt with its scores and tier", async () => {
    const table = await assessmentResults(ctx(), assessment.id, query({ sort: "candidate", dir: "asc" }));
    expect(table.positions).toEqual([1, 2, 3]);
    expect(table.total).toBe(5);
    const [ada, brook, cato, dee, eve] = table.rows;
    expect(ada).toMatchObject({ candidateName: "Ada", status: "submitted", overallScore: 70, supersededAttempts: 1, submittedAt: day(3).toISOString() });
    expect(ada!.questions).toEqual([
      { position: 1, answered: true, score: 80, insufficient: false },
      { position: 2, answered: true, score: 60, insufficient: false },
      { position: 3, answered: true, score: null, insufficient: true },
    ]);
    expect(brook!.integrity).toMatchObject({ tier: "some", tabSwitches: 1, windowBlurs: 1, lowConfidence: false });
    expect(cato).toMatchObject({ overallScore: 80, integrity: { tier: "major", multipleFaces: 1, lookAways: 0, lowConfidence: true } });
    expect(cato!.questions[1]).toEqual({ position: 2, answered: false, score: null, insufficient: false });
    expect(dee!.integrity).toMatchObject({ tier: "none", lookAways: 0, lowConfidence: true });
    expect(eve).toMatchObject({ status: "invited", submittedAt: null, overallScore: null, integrity: null });
  });

  it("sorts by score, submitted time and tier, with empty values last", async () => {
    expect(names((await assessmentResults(ctx(), assessment.id, query({ sort: "score", dir: "desc" }))).rows)).toEqual(["Cato", "Ada", "Brook", "Dee", "Eve"]);
    expect(names((await assessmentResults(ctx(), assessment.id, query({ sort: "score", dir: "asc" }))).rows)).toEqual(["Dee", "Brook", "Ada", "Cato", "Eve"]);
    expect(names((await assessmentResults(ctx(), assessment.id, query({ sort: "submitted", dir: "asc" }))).rows)).toEqual(["Brook", "Cato", "Ada", "Dee", "Eve"]);
    expect(names((await assessmentResults(ctx(), assessment.id, query({ sort: "tier", dir: "desc" }))).rows)).toEqual(["Cato", "Brook", "Ada", "Dee", "Eve"]);
  });

  it("filters by status and tier", async () => {
    expect(names((await assessmentResults(ctx(), assessment.id, query({ status: "invited" }))).rows)).toEqual(["Eve"]);
    expect(names((await assessmentResults(ctx(), assessment.id, query({ tier: "none", sort: "candidate", dir: "asc" }))).rows)).toEqual(["Ada", "Dee"]);
  });

  it("pages 50 rows at a time", async () => {
    const big = await seedAssessment(f.organisation.id);
    await seedQuestions(big, 1);
    for (let i = 0; i < 52; i++) await seedCandidate(big, { name: `Candidate ${String(i).padStart(2, "0")}` });
    const first = await assessmentResults(ctx(), big.id, query({ sort: "candidate", dir: "asc" }));
    const second = await assessmentResults(ctx(), big.id, query({ sort: "candidate", dir: "asc", page: "2" }));
    expect([first.rows.length, first.pageCount, second.rows.length, second.page]).toEqual([50, 2, 2, 2]);
    expect(names(second.rows)).toEqual(["Candidate 50", "Candidate 51"]);
  });

  it("answers 404 for another organisation's assessment", async () => {
    const other = await fixture();
    const foreign = await seedAssessment(other.organisation.id);
    await expectAppError(assessmentResults(ctx("owner"), foreign.id, query()), "not_found", 404);
    const response = await call(resultsRoute.GET as never, "GET", `/${f.organisation.slug}/assessments/${foreign.id}/results`, {
      cookie: f.people.owner.cookie,
      params: { slug: f.organisation.slug, assessmentId: foreign.id },
    });
    expect(response.status).toBe(404);
  });

  const get = (handler: typeof resultsRoute.GET, role: Role, suffix = "", org: Organisation = f.organisation) =>
    call(handler as never, "GET", `/${org.slug}/assessments/${assessment.id}/results${suffix}`, {
      cookie: f.people[role].cookie,
      params: { slug: org.slug, assessmentId: assessment.id },
    });

  it.each([
    ["owner", 200],
    ["manager", 200],
    ["reviewer", 200],
    ["outsider", 404],
  ] as const)("lets a %s view the table and export: %i", async (role, status) => {
    expect((await get(resultsRoute.GET, role)).status).toBe(status);
    expect((await get(exportRoute.GET, role, "/export")).status).toBe(status);
  });

  it("refuses an unknown sort with 422", async () => {
    expect((await get(resultsRoute.GET, "reviewer", "?sort=email")).status).toBe(422);
  });

  it("exports a CSV with a BOM, a header row and escaped hostile names, and audits the export with counts", async () => {
    const hostile = await seedAssessment(f.organisation.id);
    await seedQuestions(hostile, 2);
    await seedCandidate(hostile, { name: '=HYPERLINK("x")', scores: [70, 50] });
    const response = await call(exportRoute.GET as never, "GET", `/${f.organisation.slug}/assessments/${hostile.id}/results/export`, {
      cookie: f.people.reviewer.cookie,
      params: { slug: f.organisation.slug, assessmentId: hostile.id },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="results-.+\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe("Candidate,Status,Submitted at (UTC),Rating,Overall score,Question 1 score,Question 2 score,Integrity tier,Camera signals,Tab switches,Window blurs,Look-aways,Multiple faces,Face lost share,Decision");
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",submitted,\d{4}-.+Z,,60,70,50,No issues,,0,0,0,0,/);
    expect(lines.at(-1)).toBe("");
    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.targetId, hostile.id), eq(auditEvents.action, "assessment.results.export")));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ orgId: f.organisation.id, actorUserId: f.people.reviewer.user.id, newValues: { rows: 1, submitted: 1 } });
    expect(JSON.stringify(events[0])).not.toContain("HYPERLINK");
  });
});
