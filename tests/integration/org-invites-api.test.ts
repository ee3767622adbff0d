/**
 * The invite routes end to end (through the proxy with real session cookies): who may list, invite, resend and
 * revoke in an organisation (403 by role, 404 for outsiders and other organisations' invites), the link's holder
 * viewing, accepting and declining, and the email: in the outbox with a working link and nothing personal beyond
 * names, or, when the sender fails, the invite kept and `emailSent: false`.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import * as acceptRoute from "@/app/api/invites/[token]/accept/route";
import * as declineRoute from "@/app/api/invites/[token]/decline/route";
import * as viewRoute from "@/app/api/invites/[token]/route";
import * as resendRoute from "@/app/api/orgs/[slug]/invites/[inviteId]/resend/route";
import * as inviteRoute from "@/app/api/orgs/[slug]/invites/[inviteId]/route";
import * as invitesRoute from "@/app/api/orgs/[slug]/invites/route";
import { getDb } from "@/db/client";
import { saveProfile } from "@/db/queries/profiles";
import { scopedDb } from "@/db/scoped";
import { emailOutbox, organisationInvites } from "@/db/schema";
import { EmailSendError } from "@/lib/email/email-sender";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/logger";
import { createInvite } from "@/lib/orgs/invites/invite-service";
import { hashInviteToken } from "@/lib/orgs/invites/token";
import { signedInTestUser } from "@/tests/helpers/context";
import { memberContextFor, seedOrganisation } from "@/tests/helpers/organisations";
import { callThroughProxy } from "@/tests/helpers/through-proxy";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;
const freshEmail = () => `invitee-${randomUUID()}@example.test`;
const tokenOf = (link: string) => link.split("/invite/")[1]!;

function call<P>(handler: Handler<P>, method: string, path: string, params: P, options: { cookie?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] = "application/json";
  return callThroughProxy(handler, new Request(`http://localhost:3000${path}`, { method, headers, body }), params);
}

/** An organisation with a signed-in owner, manager and reviewer, and a signed-in outsider. */
async function team() {
  const [owner, manager, reviewer, outsider] = await Promise.all([signedInTestUser(), signedInTestUser(), signedInTestUser(), signedInTestUser()]);
  const organisation = await seedOrganisation([
    { user: owner!.user, role: "owner" },
    { user: manager!.user, role: "manager" },
    { user: reviewer!.user, role: "reviewer" },
  ]);
  const slug = organisation.slug;
  const invite = (cookie: string, body: unknown, onSlug = slug) =>
    call(invitesRoute.POST, "POST", `/api/orgs/${onSlug}/invites`, { slug: onSlug }, { cookie, body });
  const list = (cookie: string) => call(invitesRoute.GET, "GET", `/api/orgs/${slug}/invites`, { slug }, { cookie });
  const revoke = (cookie: string, inviteId: string, onSlug = slug) =>
    call(inviteRoute.DELETE, "DELETE", `/api/orgs/${onSlug}/invites/${inviteId}`, { slug: onSlug, inviteId }, { cookie });
  const resend = (cookie: string, inviteId: string, onSlug = slug) =>
    call(resendRoute.POST, "POST", `/api/orgs/${onSlug}/invites/${inviteId}/resend`, { slug: onSlug, inviteId }, { cookie });
  return { organisation, owner: owner!, manager: manager!, reviewer: reviewer!, outsider: outsider!, invite, list, revoke, resend };
}

const holder = {
  view: (cookie: string, token: string) => call(viewRoute.GET, "GET", `/api/invites/${token}`, { token }, { cookie }),
  accept: (cookie: string, token: string) => call(acceptRoute.POST, "POST", `/api/invites/${token}/accept`, { token }, { cookie }),
  decline: (cookie: string, token: string) => call(declineRoute.POST, "POST", `/api/invites/${token}/decline`, { token }, { cookie }),
};

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect((await response.json()).error).toMatchObject({ code, message: expect.any(String) });
}

describe("organisation invite routes", () => {
  it("lets owners and managers list and invite, refuse reviewers (403) and outsiders (404)", async () => {
    const t = await team();
    const created = await t.invite(t.owner.cookie, { email: freshEmail(), role: "manager" });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ invite: { role: "manager", state: "pending" }, emailSent: true, link: expect.stringMatching(/\/invite\/[\w-]{43}$/) });
    expect(created.headers.get("ratelimit-limit") ?? created.headers.get("ratelimit-policy")).toBeTruthy();

    expect((await t.invite(t.manager.cookie, { email: freshEmail(), role: "reviewer" })).status).toBe(201);
    await expectError(await t.invite(t.manager.cookie, { email: freshEmail(), role: "manager" }), 403, "forbidden");
    await expectError(await t.invite(t.manager.cookie, { email: freshEmail(), role: "owner" }), 403, "forbidden");
    await expectError(await t.invite(t.reviewer.cookie, { email: freshEmail(), role: "reviewer" }), 403, "forbidden");
    await expectError(await t.invite(t.outsider.cookie, { email: freshEmail(), role: "reviewer" }), 404, "not_found");
    await expectError(await t.invite(t.owner.cookie, { email: freshEmail(), role: "reviewer" }, `no-such-${randomUUID().slice(0, 8)}`), 404, "not_found");

    const listed = await t.list(t.manager.cookie);
    expect(listed.status).toBe(200);
    expect((await listed.json()).invites).toHaveLength(2);
    await expectError(await t.list(t.reviewer.cookie), 403, "forbidden");
    await expectError(await t.list(t.outsider.cookie), 404, "not_found");
  });

  it("answers 422 for a bad email or role, and 409 for a pending email or a member", async () => {
    const t = await team();
    const bad = await t.invite(t.owner.cookie, { email: "not an email", role: "chief" });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["email", "role"]);
    const email = freshEmail();
    expect((await t.invite(t.owner.cookie, { email, role: "reviewer" })).status).toBe(201);
    const again = await t.invite(t.owner.cookie, { email: email.toUpperCase(), role: "reviewer" });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toMatch(/resend/i);
    await expectError(await t.invite(t.owner.cookie, { email: t.reviewer.user.email, role: "manager" }), 409, "conflict");
  });

  it("resend and revoke: 403 for an invite the role may not manage, 404 for another organisation's id or an outsider", async () => {
    const t = await team();
    const other = await team();
    const toManager = (await (await t.invite(t.owner.cookie, { email: freshEmail(), role: "manager" })).json()).invite.id as string;
    const toReviewer = (await (await t.invite(t.owner.cookie, { email: freshEmail(), role: "reviewer" })).json()).invite.id as string;
    await expectError(await t.revoke(t.manager.cookie, toManager), 403, "forbidden");
    await expectError(await t.resend(t.manager.cookie, toManager), 403, "forbidden");
    await expectError(await t.revoke(t.reviewer.cookie, toReviewer), 403, "forbidden");
    await expectError(await t.resend(t.reviewer.cookie, toReviewer), 403, "forbidden");
    await expectError(await t.revoke(t.outsider.cookie, toReviewer), 404, "not_found");
    await expectError(await other.revoke(other.owner.cookie, toReviewer, other.organisation.slug), 404, "not_found");
    await expectError(await other.resend(other.owner.cookie, toReviewer, other.organisation.slug), 404, "not_found");

    const resent = await t.resend(t.manager.cookie, toReviewer);
    expect(resent.status).toBe(200);
    expect(await resent.json()).toMatchObject({ invite: { id: toReviewer }, emailSent: true });
    const revoked = await t.revoke(t.manager.cookie, toReviewer);
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).invite).toMatchObject({ id: toReviewer, state: "revoked" });
    await expectError(await t.revoke(t.manager.cookie, toReviewer), 410, "gone");
  });

  it("emails the link, whose token hashes to the stored hash, with names and role but no CV text", async () => {
    const t = await team();
    const cv = `CV-MARKER-${randomUUID()} ten years of confidential experience`;
    await saveProfile(scopedDb(getDb, { role: "app", userId: t.owner.user.id }), t.owner.user.id, { cvText: cv });
    const email = freshEmail();
    const { link } = await (await t.invite(t.owner.cookie, { email, role: "reviewer" })).json();
    const raw = await getDb();
    const [sent] = await raw.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email));
    expect(sent).toMatchObject({ kind: "organisation.invite", subject: expect.stringContaining(t.organisation.name) });
    const linked = sent!.text.match(/\/invite\/([\w-]{43})/)?.[1];
    expect(`${env.APP_URL}/invite/${linked}`).toBe(link);
    const [stored] = await raw.select().from(organisationInvites).where(eq(organisationInvites.email, email));
    expect(stored!.tokenHash).toBe(hashInviteToken(linked!));
    for (const part of [sent!.text, sent!.html, sent!.subject]) {
      expect(part).not.toContain("CV-MARKER");
      expect(part).not.toContain(stored!.tokenHash);
    }
  });
});

describe("the link's holder", () => {
  it("views, accepts once (a repeat answers the same membership), and is refused with another email", async () => {
    const t = await team();
    const email = freshEmail();
    const { link } = await (await t.invite(t.owner.cookie, { email, role: "reviewer" })).json();
    const token = tokenOf(link);
    const stranger = await signedInTestUser();
    const viewed = await holder.view(stranger.cookie, token);
    expect(viewed.status).toBe(200);
    expect((await viewed.json()).invite).toMatchObject({ organisation: { slug: t.organisation.slug }, role: "reviewer", emailMatches: false });
    await expectError(await holder.accept(stranger.cookie, token), 403, "forbidden");

    const invitee = await signedInTestUser(email);
    const first = await holder.accept(invitee.cookie, token);
    expect(first.status).toBe(200);
    const membership = { organisation: { id: t.organisation.id, slug: t.organisation.slug, name: t.organisation.name }, role: "reviewer" };
    expect(await first.json()).toEqual({ membership });
    expect(await (await holder.accept(invitee.cookie, token)).json()).toEqual({ membership });
    await expectError(await holder.decline(invitee.cookie, token), 410, "gone");
    // The new member now reaches the organisation's routes with the reviewer's rights.
    await expectError(await t.list(invitee.cookie), 403, "forbidden");
  });

  it("declines; a link that matches nothing is a 404 and a revoked one a 410", async () => {
    const t = await team();
    const email = freshEmail();
    const invitee = await signedInTestUser(email);
    const { link } = await (await t.invite(t.owner.cookie, { email, role: "reviewer" })).json();
    const declined = await holder.decline(invitee.cookie, tokenOf(link));
    expect(declined.status).toBe(200);
    await expectError(await holder.view(invitee.cookie, tokenOf(link)), 410, "gone");
    await expectError(await holder.view(invitee.cookie, "B".repeat(43)), 404, "not_found");

    const second = await (await t.invite(t.owner.cookie, { email, role: "manager" })).json();
    await t.revoke(t.owner.cookie, second.invite.id);
    await expectError(await holder.accept(invitee.cookie, tokenOf(second.link)), 410, "gone");
  });
});

describe("a failing email sender", () => {
  it("keeps the invite, answers emailSent false with the link, and logs no address", async () => {
    const owner = (await signedInTestUser()).user;
    const organisation = await seedOrganisation([{ user: owner, role: "owner" }]);
    const failing = { kind: "outbox" as const, send: async () => Promise.reject(new EmailSendError("down")) };
    const ctx = memberContextFor(owner, organisation, "owner", { services: { email: failing } });
    const warn = vi.spyOn(log, "warn");
    const email = freshEmail();
    try {
      const result = await createInvite(ctx, { email, role: "reviewer" });
      expect(result).toMatchObject({ emailSent: false, invite: { state: "pending" }, link: expect.stringContaining("/invite/") });
      const [stored] = await (await getDb()).select().from(organisationInvites).where(eq(organisationInvites.id, result.invite.id));
      expect(stored).toMatchObject({ status: "pending", tokenHash: hashInviteToken(tokenOf(result.link)) });
      expect(warn).toHaveBeenCalledWith("invite_email_failed", expect.objectContaining({ inviteId: result.invite.id }));
      expect(JSON.stringify(warn.mock.calls)).not.toContain(email);
    } finally {
      warn.mockRestore();
    }
  });
});
