/**
 * The candidate-invite routes end to end (through the proxy with real session cookies): who may list and invite
 * (403 by role, 404 for outsiders, other organisations' assessments and invites), a list imported all or nothing with
 * its errors by line, an email invited twice refused with its line, and the email and the token: the email in the
 * outbox carries a link whose token is stored nowhere (only its hash) and never logged.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as resendRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/resend/route";
import * as resetRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/reset/route";
import * as inviteRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/route";
import * as candidatesRoute from "@/app/api/orgs/[slug]/assessments/[assessmentId]/candidates/route";
import { getDb } from "@/db/client";
import { auditEvents, candidateInvites, emailOutbox } from "@/db/schema";
import { env } from "@/lib/env";
import { hashLinkToken } from "@/lib/security/link-token";
import { seedAssessment } from "@/tests/helpers/assessments";
import { signedInTestUser } from "@/tests/helpers/context";
import { seedOrganisation } from "@/tests/helpers/organisations";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
const freshEmail = (label = "cand") => `${label}-${randomUUID()}@example.test`;
const tokenOf = (link: string) => link.split("/assessment/")[1]!;

function call<P>(handler: Handler<P>, method: string, path: string, params: P, options: { cookie?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return callThroughProxy(handler, new Request(`http://localhost:3000${path}`, { method, headers, body }), params);
}

/** An organisation with an open assessment, a signed-in owner, manager and reviewer, and a signed-in outsider. */
async function team() {
  const [owner, manager, reviewer, outsider] = await Promise.all([signedInTestUser(), signedInTestUser(), signedInTestUser(), signedInTestUser()]);
  const organisation = await seedOrganisation([
    { user: owner!.user, role: "owner" },
    { user: manager!.user, role: "manager" },
    { user: reviewer!.user, role: "reviewer" },
  ]);
  const assessment = await seedAssessment(organisation.id);
  const slug = organisation.slug;
  const base = (assessmentId: string, onSlug: string) => `/api/orgs/${onSlug}/assessments/${assessmentId}/candidates`;
  const at = (options: { assessmentId?: string; slug?: string } = {}) => ({ slug: options.slug ?? slug, assessmentId: options.assessmentId ?? assessment.id });
  return {
    organisation,
    assessment,
    owner: owner!,
    manager: manager!,
    reviewer: reviewer!,
    outsider: outsider!,
    invite: (cookie: string, body: unknown, where = at()) => call(candidatesRoute.POST, "POST", base(where.assessmentId, where.slug), where, { cookie, body }),
    list: (cookie: string, where = at()) => call(candidatesRoute.GET, "GET", base(where.assessmentId, where.slug), where, { cookie }),
    revoke: (cookie: string, inviteId: string, where = at()) =>
      call(inviteRoute.DELETE, "DELETE", `${base(where.assessmentId, where.slug)}/${inviteId}`, { ...where, inviteId }, { cookie }),
    extend: (cookie: string, inviteId: string, deadlineAt: string, where = at()) =>
      call(inviteRoute.PATCH, "PATCH", `${base(where.assessmentId, where.slug)}/${inviteId}`, { ...where, inviteId }, { cookie, body: { deadlineAt } }),
    resend: (cookie: string, inviteId: string, where = at()) =>
      call(resendRoute.POST, "POST", `${base(where.assessmentId, where.slug)}/${inviteId}/resend`, { ...where, inviteId }, { cookie }),
    reset: (cookie: string, inviteId: string, where = at()) =>
      call(resetRoute.POST, "POST", `${base(where.assessmentId, where.slug)}/${inviteId}/reset`, { ...where, inviteId }, { cookie }),
  };
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error).toMatchObject({ code, message: expect.any(String) });
  return body.error as { message: string; fields?: Record<string, string[]> };
}

afterEach(() => vi.restoreAllMocks());

describe("candidate invite routes: permissions", () => {
  it("lets owners and managers invite, reviewers list but not change (403), and outsiders nothing (404)", async () => {
    const t = await team();
    const created = await t.invite(t.manager.cookie, { name: "Ana Lima", email: freshEmail() });
    expect(created.status).toBe(201);
    const { invites } = await created.json();
    expect(invites).toEqual([
      { invite: expect.objectContaining({ name: "Ana Lima", state: "invited" }), link: expect.stringMatching(/\/assessment\/[\w-]{43}$/), emailSent: true },
    ]);
    expect(created.headers.get("ratelimit-limit") ?? created.headers.get("ratelimit-policy")).toBeTruthy();
    expect((await t.invite(t.owner.cookie, { name: "Bo", email: freshEmail() })).status).toBe(201);
    const inviteId = invites[0].invite.id as string;

    await expectError(await t.invite(t.reviewer.cookie, { name: "Cy", email: freshEmail() }), 403, "forbidden");
    for (const refused of [t.revoke, t.resend, t.reset]) await expectError(await refused(t.reviewer.cookie, inviteId), 403, "forbidden");
    await expectError(await t.extend(t.reviewer.cookie, inviteId, "2099-01-01T00:00:00Z"), 403, "forbidden");
    const listed = await t.list(t.reviewer.cookie);
    expect(listed.status).toBe(200);
    expect((await listed.json()).candidates.map((row: { name: string }) => row.name).sort()).toEqual(["Ana Lima", "Bo"]);

    await expectError(await t.list(t.outsider.cookie), 404, "not_found");
    await expectError(await t.invite(t.outsider.cookie, { name: "Cy", email: freshEmail() }), 404, "not_found");
    await expectError(await t.revoke(t.outsider.cookie, inviteId), 404, "not_found");
  });

  it("answers 404 for another organisation's assessment or invite, and for an invite under another assessment", async () => {
    const t = await team();
    const other = await team();
    const { invites } = await (await t.invite(t.owner.cookie, { name: "Ana", email: freshEmail() })).json();
    const inviteId = invites[0].invite.id as string;
    const theirs = { slug: other.organisation.slug, assessmentId: t.assessment.id };
    await expectError(await other.list(other.owner.cookie, theirs), 404, "not_found");
    await expectError(await other.invite(other.owner.cookie, { name: "Bo", email: freshEmail() }, theirs), 404, "not_found");
    const ownAssessment = { slug: other.organisation.slug, assessmentId: other.assessment.id };
    for (const refused of [other.revoke, other.resend, other.reset]) await expectError(await refused(other.owner.cookie, inviteId, ownAssessment), 404, "not_found");
    await expectError(await other.extend(other.owner.cookie, inviteId, "2099-01-01T00:00:00Z", ownAssessment), 404, "not_found");
    const sibling = await seedAssessment(t.organisation.id);
    await expectError(await t.revoke(t.owner.cookie, inviteId, { slug: t.organisation.slug, assessmentId: sibling.id }), 404, "not_found");
    await expectError(await t.list(t.owner.cookie, { slug: t.organisation.slug, assessmentId: "not-a-uuid" }), 404, "not_found");
    const [stored] = await (await getDb()).select().from(candidateInvites).where(eq(candidateInvites.id, inviteId));
    expect(stored!.status).toBe("invited");
  });

  it("refuses inviting to a draft or closed assessment (409)", async () => {
    const t = await team();
    for (const status of ["draft", "closed"] as const) {
      const assessment = await seedAssessment(t.organisation.id, { status });
      await expectError(await t.invite(t.owner.cookie, { name: "Ana", email: freshEmail() }, { slug: t.organisation.slug, assessmentId: assessment.id }), 409, "conflict");
    }
  });
});

describe("candidate invite routes: lists", () => {
  it("imports a list all or nothing: every bad line reported by number, and no invite made", async () => {
    const t = await team();
    const good = freshEmail("good");
    const csv = `name,email\r\nAna Lima,${good}\r\n\r\nBo,not-an-email\r\n"Lima, Cy",${good.toUpperCase()}\r\n`;
    const error = await expectError(await t.invite(t.owner.cookie, { csv }), 422, "unprocessable");
    expect(error.fields).toEqual({ "line 4": [expect.stringMatching(/valid email/)], "line 5": ["This email is already on line 2."] });
    const raw = await getDb();
    expect(await raw.select().from(candidateInvites).where(eq(candidateInvites.assessmentId, t.assessment.id))).toEqual([]);

    const rows = Array.from({ length: 101 }, (_, index) => `C${index},${freshEmail(`c${index}`)}`).join("\n");
    const tooMany = await expectError(await t.invite(t.owner.cookie, { csv: rows }), 422, "unprocessable");
    expect(tooMany.fields?.list?.[0]).toMatch(/at most 100/);
  });

  it("imports a valid list in one go, and answers 409 naming the lines already invited, importing none of it", async () => {
    const t = await team();
    const [ana, bo, cy] = [freshEmail("ana"), freshEmail("bo"), freshEmail("cy")];
    const created = await t.invite(t.manager.cookie, { csv: `\uFEFFAna,${ana}\n"Bo ""B"" Chen",${bo}` });
    expect(created.status).toBe(201);
    const { invites } = await created.json();
    expect(invites.map((row: { invite: { name: string } }) => row.invite.name)).toEqual(["Ana", 'Bo "B" Chen']);

    const again = await expectError(await t.invite(t.manager.cookie, { csv: `Cy,${cy}\nAna again,${ana.toUpperCase()}` }), 409, "conflict");
    expect(again.fields).toEqual({ "line 2": [expect.stringMatching(/already invited/i)] });
    const single = await expectError(await t.invite(t.manager.cookie, { name: "Bo", email: bo }), 409, "conflict");
    expect(single.fields).toHaveProperty("email");
    const raw = await getDb();
    const stored = await raw.select().from(candidateInvites).where(eq(candidateInvites.assessmentId, t.assessment.id));
    expect(stored.map((row) => row.candidateEmail).sort()).toEqual([ana, bo].sort());
    const audited = await raw.select().from(auditEvents).where(eq(auditEvents.orgId, t.organisation.id));
    expect(audited.filter((event) => event.action === "assessment.candidate.invite")).toHaveLength(2);
    expect(JSON.stringify(audited)).not.toContain(ana);
  });
});

describe("candidate invite routes: the link", () => {
  it("emails the link to the candidate; only the token's hash is stored and the token is never logged", async () => {
    const t = await team();
    const email = freshEmail();
    const written: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write);
    }
    const { invites } = await (await t.invite(t.owner.cookie, { name: "Ana Lima", email })).json();
    const resent = await (await t.resend(t.owner.cookie, invites[0].invite.id)).json();
    const tokens = [tokenOf(invites[0].link), tokenOf(resent.link)];
    expect(tokens[0]).not.toBe(tokens[1]);

    const raw = await getDb();
    const [stored] = await raw.select().from(candidateInvites).where(eq(candidateInvites.candidateEmail, email));
    expect(stored!.tokenHash).toBe(hashLinkToken(tokens[1]!));
    const sent = await raw.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(sent).toHaveLength(2);
    for (const [index, message] of sent.entries()) {
      expect(message).toMatchObject({ kind: "assessment.invite", subject: expect.stringContaining(t.organisation.name) });
      expect(message.subject).toContain("Support engineer");
      expect(message.text).toContain(`${env.APP_URL}/assessment/${tokens[index]}`);
      expect(message.text).toContain("Ana Lima");
      expect(message.text).not.toContain(stored!.tokenHash);
    }
    const audits = await raw.select().from(auditEvents).where(eq(auditEvents.targetId, stored!.id));
    for (const token of tokens) {
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(JSON.stringify(audits)).not.toContain(token);
      expect(written.join("")).not.toContain(token);
    }
  });
});
