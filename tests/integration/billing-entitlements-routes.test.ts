/**
 * The gated routes with billing ON, through the real proxy and wrappers (the billing mode comes from
 * getBillingMode(), mocked here; nothing reads a Stripe key): a Free candidate's 11th session, read-aloud and
 * transcription on Free, hiring without a Team plan, and candidate invites at the organisation's limit. Each refusal
 * is a 402 in the JSON error shape with an upgrade link. With billing OFF the same calls pass.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as assessmentsRoute from "@/app/api/orgs/[slug]/assessments/route";
import * as candidatesRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/route";
import * as questionRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/questions/[questionId]/route";
import * as questionOrderRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/questions/order/route";
import * as questionsRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/questions/route";
import * as statusRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/status/route";
import * as speechRoute from "@/app/api/practice/sessions/[id]/questions/[position]/speech/route";
import * as sessionsRoute from "@/app/api/practice/sessions/route";
import * as transcribeRoute from "@/app/api/practice/transcribe/route";
import { getDb } from "@/db/client";
import { assessmentQuestions, candidateInvites } from "@/db/schema";
import type { AudioClient } from "@/lib/ai/openai-audio";
import { periodStartOf } from "@/lib/billing/allowance";
import type { BillingMode } from "@/lib/billing/billing-mode";
import { PLANS } from "@/lib/billing/plans";
import { seedAssessment } from "@/tests/helpers/assessments";
import { seedOrganisationSubscription, seedUsage, seedUserSubscription } from "@/tests/helpers/billing";
import { signedInTestUser } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

const billing = vi.hoisted(() => ({ mode: "stripe" as BillingMode }));
vi.mock("@/lib/billing/billing-mode", () => ({ getBillingMode: () => billing.mode }));

// The voice routes need an audio client before they check the plan; this one is never reached by a refusal.
vi.mock("@/lib/ai/openai-audio", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/ai/openai-audio")>()),
  getOpenAIAudioClient: () => ({}) as AudioClient,
}));

beforeEach(() => {
  billing.mode = "stripe";
});

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

function call<P>(handler: Handler<P>, method: string, path: string, params: P, options: { cookie: string; body?: unknown }) {
  const headers: Record<string, string> = { cookie: options.cookie };
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return callThroughProxy(handler, new Request(`http://localhost:3000${path}`, { method, headers, body }), params);
}

async function expectPaymentRequired(response: Response, upgradeUrl: string) {
  expect(response.status).toBe(402);
  const { error } = await response.json();
  expect(error).toMatchObject({ code: "payment_required", message: expect.any(String), upgradeUrl });
  return error.message as string;
}

const startSession = (cookie: string) =>
  call(sessionsRoute.POST, "POST", "/api/practice/sessions", {}, { cookie, body: { type: "behavioural", count: 3 } });

describe("practice on Free", () => {
  it("starts the 10th session of the month and refuses the 11th with 402", async () => {
    const { user, cookie } = await signedInTestUser();
    await seedUsage({ userId: user.id }, "practice_sessions", periodStartOf(new Date()), 9);
    expect((await startSession(cookie)).status).toBe(201);
    expect(await expectPaymentRequired(await startSession(cookie), "/pricing")).toMatch(/10 of 10 practice sessions/);
  });

  it("refuses read-aloud and transcription with 402, and lets Pro through to the request's own checks", async () => {
    const free = await signedInTestUser();
    const speech = { id: randomUUID(), position: "1" };
    await expectPaymentRequired(await call(speechRoute.GET, "GET", `/api/practice/sessions/${speech.id}/questions/1/speech`, speech, free), "/pricing");
    await expectPaymentRequired(await call(transcribeRoute.POST, "POST", "/api/practice/transcribe", {}, free), "/pricing");
    const pro = await signedInTestUser();
    await seedUserSubscription(pro.user.id);
    const transcribed = await call(transcribeRoute.POST, "POST", "/api/practice/transcribe", {}, pro);
    expect(transcribed.status).not.toBe(402);
    expect(transcribed.status).toBeGreaterThanOrEqual(400);
  });

  it("gates nothing with billing off", async () => {
    billing.mode = "off";
    const { user, cookie } = await signedInTestUser();
    await seedUsage({ userId: user.id }, "practice_sessions", periodStartOf(new Date()), 500);
    expect((await startSession(cookie)).status).toBe(201);
    expect((await call(transcribeRoute.POST, "POST", "/api/practice/transcribe", {}, { cookie })).status).not.toBe(402);
  });
});

/** An organisation with an owner, a manager and a reviewer (three seats in use) and an open assessment. */
async function hiringTeam(subscription?: Parameters<typeof seedOrganisationSubscription>[1]) {
  const [owner, manager, reviewer] = await Promise.all([signedInTestUser(), signedInTestUser(), signedInTestUser()]);
  const organisation = await seedOrganisation([
    { user: owner!.user, role: "owner" },
    { user: manager!.user, role: "manager" },
    { user: reviewer!.user, role: "reviewer" },
  ]);
  if (subscription) await seedOrganisationSubscription(organisation.id, subscription);
  const assessment = await seedAssessment(organisation.id);
  const slug = organisation.slug;
  const where = { slug, assessmentId: assessment.id };
  return {
    organisation,
    upgradeUrl: `/pricing?org=${slug}`,
    create: () =>
      call(assessmentsRoute.POST, "POST", `/api/orgs/${slug}/assessments`, { slug }, { cookie: owner!.cookie, body: { title: "Support", roleTitle: "Support engineer" } }),
    invite: (body: unknown) =>
      call(candidatesRoute.POST, "POST", `/api/orgs/${slug}/assessments/${assessment.id}/candidates`, where, { cookie: manager!.cookie, body }),
    ownerCookie: owner!.cookie,
    invited: async () => (await (await getDb()).select().from(candidateInvites).where(eq(candidateInvites.assessmentId, assessment.id))).length,
  };
}

const email = () => `cand-${randomUUID()}@example.test`;

/** A draft with one question, made while the team still paid (seeded straight into the database). */
async function lapsedDraft(team: Awaited<ReturnType<typeof hiringTeam>>) {
  const draft = await seedAssessment(team.organisation.id, { status: "draft" });
  const [question] = await (await getDb())
    .insert(assessmentQuestions)
    .values({ assessmentId: draft.id, orgId: team.organisation.id, position: 1, text: "Walk us through an outage.", kind: "behavioural", source: "custom" })
    .returning();
  return { slug: team.organisation.slug, cookie: team.ownerCookie, draft, question: question! };
}

describe("hiring", () => {
  it("refuses assessments and invites with 402 without a live Team plan", async () => {
    const team = await hiringTeam();
    await expectPaymentRequired(await team.create(), team.upgradeUrl);
    await expectPaymentRequired(await team.invite({ name: "Ana", email: email() }), team.upgradeUrl);
    const lapsed = await hiringTeam({ quantity: 3, status: "canceled" });
    await expectPaymentRequired(await lapsed.create(), lapsed.upgradeUrl);
  });

  it("invites up to the month's limit, a list all or nothing, and refuses past it", async () => {
    const team = await hiringTeam({ quantity: 3 });
    expect((await team.create()).status).toBe(201);
    const limit = 3 * PLANS.team.allowances.assessment_invites!;
    await seedUsage({ orgId: team.organisation.id }, "assessment_invites", periodStartOf(new Date()), limit - 2);
    const tooMany = await team.invite({ csv: `Ana,${email()}\nBo,${email()}\nCy,${email()}` });
    expect(await expectPaymentRequired(tooMany, team.upgradeUrl)).toMatch(/needs 3 candidate invites but 2 are left/);
    expect(await team.invited()).toBe(0);
    expect((await team.invite({ csv: `Ana,${email()}\nBo,${email()}` })).status).toBe(201);
    await expectPaymentRequired(await team.invite({ name: "Dee", email: email() }), team.upgradeUrl);
    expect(await team.invited()).toBe(2);
  });

  it("blocks new invites while members outnumber paid seats, but not the members", async () => {
    const team = await hiringTeam({ quantity: 2 });
    expect((await team.create()).status).toBe(201);
    expect(await expectPaymentRequired(await team.invite({ name: "Ana", email: email() }), team.upgradeUrl)).toMatch(/3 members but pays for 2 seats/);
  });

  it("refuses editing and opening a draft once the plan has lapsed, but still lets it be closed and emptied", async () => {
    const lapsed = await hiringTeam({ quantity: 3, status: "canceled" });
    const { slug, cookie, draft, question } = await lapsedDraft(lapsed);
    const at = `/api/orgs/${slug}/assessments/${draft.id}`;
    const where = { slug, assessmentId: draft.id };
    const add = { source: "custom", text: "Tell us about a hard support ticket.", kind: "behavioural" };
    await expectPaymentRequired(await call(questionsRoute.POST, "POST", `${at}/questions`, where, { cookie, body: add }), lapsed.upgradeUrl);
    const one = { ...where, questionId: question.id };
    await expectPaymentRequired(await call(questionRoute.PATCH, "PATCH", `${at}/questions/${question.id}`, one, { cookie, body: { text: "Tell us about a process you changed and why." } }), lapsed.upgradeUrl);
    await expectPaymentRequired(await call(questionOrderRoute.PUT, "PUT", `${at}/questions/order`, where, { cookie, body: { questionIds: [question.id] } }), lapsed.upgradeUrl);
    await expectPaymentRequired(await call(statusRoute.POST, "POST", `${at}/status`, where, { cookie, body: { status: "open" } }), lapsed.upgradeUrl);
    const [kept] = await (await getDb()).select().from(assessmentQuestions).where(eq(assessmentQuestions.assessmentId, draft.id));
    expect(kept).toMatchObject({ id: question.id, text: question.text });
    expect((await call(questionRoute.DELETE, "DELETE", `${at}/questions/${question.id}`, one, { cookie })).status).toBe(200);
  });

  it("gates nothing with billing off", async () => {
    billing.mode = "off";
    const team = await hiringTeam();
    expect((await team.create()).status).toBe(201);
    expect((await team.invite({ name: "Ana", email: email() })).status).toBe(201);
  });
});
