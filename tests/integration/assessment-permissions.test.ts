/**
 * The permission table over every assessment-builder route, through the route handlers with signed-in cookies and
 * the real proxy: an owner, a manager, a reviewer and a non-member call each route, each against a fresh draft with
 * one question (so no call depends on another). Viewing is for every member, changing for owners and managers; a
 * reviewer changing anything gets 403, a non-member 404, and so does an assessment or question id of another
 * organisation.
 */
import { describe, expect, it } from "vitest";
import * as generateRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/generate/route";
import * as questionRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/questions/[questionId]/route";
import * as orderRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/questions/order/route";
import * as questionsRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/questions/route";
import * as assessmentRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/route";
import * as statusRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/status/route";
import * as assessmentsRoute from "@/app/api/orgs/[slug]/assessments/route";
import * as bankRoute from "@/app/api/orgs/[slug]/question-bank/route";
import { createAssessment } from "@/lib/assessments/builder-service";
import { addQuestion } from "@/lib/assessments/question-service";
import { call, type Fixture, fixture, type Handler, type Role } from "@/tests/helpers/organisation-requests";
import { memberContextFor } from "@/tests/helpers/organisations";

type Target = { assessmentId: string; questionId: string };
type RouteCase = {
  name: string;
  handler: Handler;
  method: string;
  /** Under /api/orgs/<slug>. */
  path: (t: Target) => string;
  body?: (t: Target) => unknown;
  /** The status an owner or manager gets; a reviewer gets it too for a view, 403 otherwise. */
  allowed: number;
  view?: boolean;
};

const JOB = "We are hiring a product designer to run user research, prototype in Figma and work with engineers.";

const ROUTES: RouteCase[] = [
  { name: "GET list", handler: assessmentsRoute.GET, method: "GET", path: () => "/assessments", allowed: 200, view: true },
  {
    name: "POST create",
    handler: assessmentsRoute.POST,
    method: "POST",
    path: () => "/assessments",
    body: () => ({ title: "Screen", roleTitle: "Designer" }),
    allowed: 201,
  },
  { name: "GET one", handler: assessmentRoute.GET, method: "GET", path: (t) => `/assessments/${t.assessmentId}`, allowed: 200, view: true },
  {
    name: "PATCH details",
    handler: assessmentRoute.PATCH,
    method: "PATCH",
    path: (t) => `/assessments/${t.assessmentId}`,
    body: () => ({ proctoring: true }),
    allowed: 200,
  },
  { name: "DELETE draft", handler: assessmentRoute.DELETE, method: "DELETE", path: (t) => `/assessments/${t.assessmentId}`, allowed: 200 },
  {
    name: "POST question",
    handler: questionsRoute.POST,
    method: "POST",
    path: (t) => `/assessments/${t.assessmentId}/questions`,
    body: () => ({ source: "custom", text: "Walk us through a recent design critique.", kind: "behavioural", retakes: 2 }),
    allowed: 201,
  },
  {
    name: "PATCH question",
    handler: questionRoute.PATCH,
    method: "PATCH",
    path: (t) => `/assessments/${t.assessmentId}/questions/${t.questionId}`,
    body: () => ({ retakes: 0 }),
    allowed: 200,
  },
  {
    name: "DELETE question",
    handler: questionRoute.DELETE,
    method: "DELETE",
    path: (t) => `/assessments/${t.assessmentId}/questions/${t.questionId}`,
    allowed: 200,
  },
  {
    name: "PUT order",
    handler: orderRoute.PUT,
    method: "PUT",
    path: (t) => `/assessments/${t.assessmentId}/questions/order`,
    body: (t) => ({ questionIds: [t.questionId] }),
    allowed: 200,
  },
  {
    name: "POST generate",
    handler: generateRoute.POST,
    method: "POST",
    path: (t) => `/assessments/${t.assessmentId}/generate`,
    body: () => ({ jobDescription: JOB, count: 2 }),
    allowed: 201,
  },
  {
    name: "POST status",
    handler: statusRoute.POST,
    method: "POST",
    path: (t) => `/assessments/${t.assessmentId}/status`,
    body: () => ({ status: "open" }),
    allowed: 200,
  },
  {
    name: "GET question bank",
    handler: bankRoute.GET,
    method: "GET",
    path: () => "/question-bank?kind=behavioural&q=conflict",
    allowed: 200,
    view: true,
  },
];

/** A fresh draft with one question in `f`'s organisation, made by its owner. */
async function newTarget(f: Fixture): Promise<Target> {
  const ctx = memberContextFor(f.people.owner.user, f.organisation, "owner", { services: { ai: null } });
  const assessment = await createAssessment(ctx, { title: "Design screen", roleTitle: "Product designer" });
  const question = await addQuestion(ctx, assessment.id, { source: "custom", text: "Tell us about a design you are proud of.", kind: "behavioural" });
  return { assessmentId: assessment.id, questionId: question.id };
}

function paramsOf(f: Fixture, t: Target): Record<string, string> {
  return { slug: f.organisation.slug, assessmentId: t.assessmentId, questionId: t.questionId };
}

const EXPECTED = (route: RouteCase): Record<Role, number> => ({
  owner: route.allowed,
  manager: route.allowed,
  reviewer: route.view ? route.allowed : 403,
  outsider: 404,
});

describe("the assessment builder's permission table", () => {
  it.each(ROUTES)("$name: owner and manager allowed, reviewer 403 unless a view, non-member 404", async (route) => {
    const f = await fixture();
    for (const [role, status] of Object.entries(EXPECTED(route)) as [Role, number][]) {
      const target = await newTarget(f);
      const response = await call(route.handler, route.method, `/${f.organisation.slug}${route.path(target)}`, {
        cookie: f.people[role].cookie,
        body: route.body?.(target),
        params: paramsOf(f, target),
      });
      expect(response.status, `${route.name} as ${role}`).toBe(status);
      const body = await response.json();
      if (status === 403) expect(body.error).toMatchObject({ code: "forbidden" });
      if (status === 404) expect(body.error).toMatchObject({ code: "not_found" });
    }
  });

  it.each(ROUTES.filter((route) => route.path({ assessmentId: "A", questionId: "Q" }).includes("A")))(
    "$name answers 404 for another organisation's assessment and question ids, as an owner",
    async (route) => {
      const f = await fixture();
      const other = await fixture();
      const theirs = await newTarget(other);
      const mine = await newTarget(f);
      // Their assessment under our slug; and, for question routes, their question under our own assessment.
      const targets: Target[] = [theirs, { assessmentId: mine.assessmentId, questionId: theirs.questionId }];
      for (const target of route.path(theirs).includes(theirs.questionId) ? targets : targets.slice(0, 1)) {
        const response = await call(route.handler, route.method, `/${f.organisation.slug}${route.path(target)}`, {
          cookie: f.people.owner.cookie,
          body: route.body?.(target),
          params: paramsOf(f, target),
        });
        expect(response.status, route.name).toBe(404);
      }
    },
  );

  it("says which engine generated the questions", async () => {
    const f = await fixture();
    const target = await newTarget(f);
    const response = await call(generateRoute.POST, "POST", `/${f.organisation.slug}/assessments/${target.assessmentId}/generate`, {
      cookie: f.people.manager.cookie,
      body: { jobDescription: JOB, count: 3 },
      params: paramsOf(f, target),
    });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.engine).toMatch(/^(ai|offline)$/);
    expect(body.questions).toHaveLength(3);
    expect(body.questionCount).toBe(4);
  });
});
