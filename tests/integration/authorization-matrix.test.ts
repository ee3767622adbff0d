/**
 * The authorisation matrix. Every route handler, page and server action in app/ is found from the file tree (not a
 * hand-kept list) and must appear below with who may call it; each is then checked: defined through its wrapper with
 * that auth, signed out refused (401 JSON for APIs, a trip to sign-in for pages), another user's object a 404, and
 * every other method a JSON 405. A new route, page or action that is not in the matrix fails here.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RouteAuth } from "@/lib/api/define-route";
import type { Permission } from "@/lib/orgs/permissions";
import { answerBody } from "@/lib/practice/session/answers.fixture";
import { startSession } from "@/lib/practice/session";
import { contextFor, createTestUser, signedInTestUser } from "@/tests/helpers/context";
import { callThroughProxy } from "@/tests/helpers/through-proxy";
import { type AppFiles, appFiles, declaredPageAuth, loadModule } from "@/tests/helpers/app-files";

/** The organisation permission a page declares to definePage, read from its source like its auth. */
function declaredPageOrg(file: string): string | undefined {
  return /definePage\(\s*\{[^}]*\borg:\s*"([\w.]+)"/.exec(fs.readFileSync(file, "utf8"))?.[1];
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** How a route treats another user's object: 404, or why that does not apply. */
type Foreign = { status: 404; body?: () => unknown } | { skip: string };
/** `org`: the permission an organisation route's wrapper checks (none for the rest). */
type RouteEntry = { auth: RouteAuth; foreign?: Foreign; org?: Permission };

const OWN_SESSION: Foreign = { status: 404 };
const ORG_INVITES: Foreign = { skip: "organisation route: 404 for outsiders and other organisations' invites, 403 by role, in org-invites-api.test.ts" };
const CANDIDATE_INVITES: Foreign = {
  skip: "organisation route: 404 for outsiders and other organisations' assessments and invites, 403 by role, in candidate-invites-api.test.ts",
};
const INVITE_TOKEN: Foreign = { skip: "token route: another email's 403 and an unknown token's 404 are in org-invites-api.test.ts" };
/** A candidate's link has no account: a malformed token is a 404 here; another browser's attempt is a 409 there. */
const CANDIDATE_LINK: Foreign = { skip: "token route: unknown 404, expired/revoked 410 and another browser's 409 are in candidate-link-api.test.ts" };
/** Organisation routes answer 404 to a non-member and 403 to a role without the permission, proved per role there. */
const organisation = (org: Permission): RouteEntry => ({ auth: "user", org, foreign: { skip: "organisation route: covered in organisation-permissions.test.ts" } });
/** The assessment builder's routes: 404 for outsiders and other organisations' ids, 403 by role, in assessment-permissions.test.ts. */
const builder = (org: Permission): RouteEntry => ({ auth: "user", org, foreign: { skip: "organisation route: covered in assessment-permissions.test.ts" } });
/** The results table and its export: 404 for outsiders and other organisations' assessments, every role may view, in assessment-results.test.ts. */
const RESULTS: Foreign = { skip: "organisation route: covered in assessment-results.test.ts" };
/** Reviewing a candidate: 404 for outsiders, other organisations' ids and another candidate's answer, in assessment-review.test.ts. */
const REVIEW: Foreign = { skip: "organisation route: covered in assessment-review.test.ts" };
const ROUTES: Record<string, Partial<Record<Method, RouteEntry>>> = {
  "app/api/cron/cleanup/route.ts": { GET: { auth: "cron" }, POST: { auth: "cron" } },
  "app/api/cron/reminders/route.ts": { GET: { auth: "cron" }, POST: { auth: "cron" } },
  "app/api/cron/retention/route.ts": { GET: { auth: "cron" }, POST: { auth: "cron" } },
  "app/api/health/route.ts": { GET: { auth: "public" } },
  "app/api/star-score/route.ts": { POST: { auth: "public" } },
  "app/api/profile/route.ts": { GET: { auth: "user" } },
  "app/api/practice/progress/route.ts": { GET: { auth: "user" } },
  "app/api/practice/transcribe/route.ts": { POST: { auth: "user" } },
  "app/api/practice/sessions/route.ts": { GET: { auth: "user" }, POST: { auth: "user" }, DELETE: { auth: "user" } },
  "app/api/practice/sessions/[id]/route.ts": { GET: { auth: "user", foreign: OWN_SESSION }, DELETE: { auth: "user", foreign: OWN_SESSION } },
  "app/api/practice/sessions/[id]/finish/route.ts": { POST: { auth: "user", foreign: OWN_SESSION } },
  "app/api/practice/sessions/[id]/save/route.ts": { POST: { auth: "user", foreign: OWN_SESSION } },
  "app/api/practice/sessions/[id]/discard/route.ts": { POST: { auth: "user", foreign: OWN_SESSION } },
  "app/api/practice/sessions/[id]/answers/[position]/route.ts": {
    POST: { auth: "user", foreign: { status: 404, body: () => answerBody("I led the migration and cut costs by 20%.") } },
  },
  "app/api/practice/sessions/[id]/answers/[position]/follow-up/route.ts": {
    POST: { auth: "user", foreign: { status: 404, body: () => ({ action: "ask" }) } },
  },
  "app/api/practice/sessions/[id]/answers/[position]/follow-up/speech/route.ts": {
    GET: { auth: "user", foreign: { skip: "needs AI audio; its 404 for another user's session is in practice-follow-up-speech.test.ts" } },
  },
  "app/api/practice/sessions/[id]/questions/[position]/speech/route.ts": {
    GET: { auth: "user", foreign: { skip: "needs AI audio; its 404 for another user's session is in practice-voice.test.ts" } },
  },
  "app/api/orgs/[slug]/invites/route.ts": { GET: { ...organisation("reviewers.manage"), foreign: ORG_INVITES }, POST: { ...organisation("reviewers.manage"), foreign: ORG_INVITES } },
  "app/api/orgs/[slug]/invites/[inviteId]/route.ts": { DELETE: { ...organisation("reviewers.manage"), foreign: ORG_INVITES } },
  "app/api/orgs/[slug]/invites/[inviteId]/resend/route.ts": { POST: { ...organisation("reviewers.manage"), foreign: ORG_INVITES } },
  "app/api/invites/[token]/route.ts": { GET: { auth: "user", foreign: INVITE_TOKEN } },
  "app/api/invites/[token]/accept/route.ts": { POST: { auth: "user", foreign: INVITE_TOKEN } },
  "app/api/invites/[token]/decline/route.ts": { POST: { auth: "user", foreign: INVITE_TOKEN } },
  "app/api/orgs/route.ts": { GET: { auth: "user" }, POST: { auth: "user" } },
  "app/api/orgs/[slug]/route.ts": {
    GET: organisation("results.view"),
    PATCH: organisation("organisation.manage"),
    DELETE: organisation("organisation.manage"),
  },
  "app/api/orgs/[slug]/members/route.ts": { GET: organisation("results.view") },
  // The service also checks the member's role and the new one (mayManageRole).
  "app/api/orgs/[slug]/members/[memberId]/route.ts": { PATCH: organisation("reviewers.manage"), DELETE: organisation("reviewers.manage") },
  "app/api/orgs/[slug]/leave/route.ts": { POST: organisation("results.view") },
  "app/api/orgs/[slug]/transfer-ownership/route.ts": { POST: organisation("organisation.manage") },
  "app/api/orgs/[slug]/audit/route.ts": { GET: organisation("organisation.manage") },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/route.ts": {
    GET: { ...organisation("results.view"), foreign: CANDIDATE_INVITES },
    POST: { ...organisation("assessments.manage"), foreign: CANDIDATE_INVITES },
  },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/route.ts": {
    DELETE: { ...organisation("assessments.manage"), foreign: CANDIDATE_INVITES },
    PATCH: { ...organisation("assessments.manage"), foreign: CANDIDATE_INVITES },
  },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/resend/route.ts": { POST: { ...organisation("assessments.manage"), foreign: CANDIDATE_INVITES } },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/reset/route.ts": { POST: { ...organisation("assessments.manage"), foreign: CANDIDATE_INVITES } },
  "app/api/orgs/[slug]/assessments/route.ts": { GET: builder("results.view"), POST: builder("assessments.manage") },
  "app/api/orgs/[slug]/assessments/[assessmentId]/route.ts": {
    GET: builder("results.view"),
    PATCH: builder("assessments.manage"),
    DELETE: builder("assessments.manage"),
  },
  "app/api/orgs/[slug]/assessments/[assessmentId]/questions/route.ts": { POST: builder("assessments.manage") },
  "app/api/orgs/[slug]/assessments/[assessmentId]/results/route.ts": { GET: { ...builder("results.view"), foreign: RESULTS } },
  "app/api/orgs/[slug]/assessments/[assessmentId]/results/export/route.ts": { GET: { ...builder("results.view"), foreign: RESULTS } },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/review/route.ts": { GET: { ...builder("results.view"), foreign: REVIEW } },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/review/answers/[answerId]/route.ts": { PUT: { ...builder("results.view"), foreign: REVIEW } },
  "app/api/orgs/[slug]/assessments/[assessmentId]/candidates/[inviteId]/review/decision/route.ts": { PUT: { ...builder("results.view"), foreign: REVIEW } },
  "app/api/orgs/[slug]/assessments/[assessmentId]/questions/[questionId]/route.ts": { PATCH: builder("assessments.manage"), DELETE: builder("assessments.manage") },
  "app/api/orgs/[slug]/assessments/[assessmentId]/questions/order/route.ts": { PUT: builder("assessments.manage") },
  "app/api/orgs/[slug]/assessments/[assessmentId]/generate/route.ts": { POST: builder("assessments.manage") },
  "app/api/orgs/[slug]/assessments/[assessmentId]/status/route.ts": { POST: builder("assessments.manage") },
  "app/api/orgs/[slug]/question-bank/route.ts": { GET: builder("results.view") },
  "app/api/assessment/[token]/route.ts": { GET: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/start/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/attempt/route.ts": { GET: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/answers/[position]/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/events/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/submit/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/receipt/route.ts": { GET: { auth: "token", foreign: CANDIDATE_LINK } },
};

/**
 * "static" pages read no data and use no context; the rest go through definePage with this auth ("token": the holder
 * of a candidate link, no account).
 */
const PAGES: Record<string, { auth: "user" | "optional" | "public" | "token" | "static"; path: string; org?: Permission }> = {
  "app/layout.tsx": { auth: "optional", path: "/" },
  "app/page.tsx": { auth: "static", path: "/" },
  "app/privacy/page.tsx": { auth: "static", path: "/privacy" },
  "app/security/page.tsx": { auth: "static", path: "/security" },
  "app/sign-in/[[...sign-in]]/page.tsx": { auth: "static", path: "/sign-in" },
  "app/tools/star-scorer/page.tsx": { auth: "public", path: "/tools/star-scorer" },
  "app/dev/outbox/page.tsx": { auth: "public", path: "/dev/outbox" },
  "app/profile/page.tsx": { auth: "user", path: "/profile" },
  "app/practice/page.tsx": { auth: "user", path: "/practice" },
  "app/practice/warm-up/page.tsx": { auth: "user", path: "/practice/warm-up" },
  "app/practice/sessions/[id]/page.tsx": { auth: "user", path: `/practice/sessions/${randomUUID()}` },
  "app/org/[slug]/invites/page.tsx": { auth: "user", path: `/org/org-${randomUUID().slice(0, 8)}/invites`, org: "reviewers.manage" },
  "app/invite/[token]/page.tsx": { auth: "user", path: `/invite/${randomUUID()}` },
  "app/assessment/[token]/page.tsx": { auth: "token", path: `/assessment/${randomUUID()}` },
  "app/org/new/page.tsx": { auth: "user", path: "/org/new" },
  "app/org/[slug]/layout.tsx": { auth: "user", path: `/org/${randomUUID()}/members`, org: "results.view" },
  "app/org/[slug]/page.tsx": { auth: "user", path: `/org/${randomUUID()}`, org: "results.view" },
  "app/org/[slug]/members/page.tsx": { auth: "user", path: `/org/${randomUUID()}/members`, org: "results.view" },
  "app/org/[slug]/settings/page.tsx": { auth: "user", path: `/org/${randomUUID()}/settings`, org: "organisation.manage" },
  "app/org/[slug]/audit/page.tsx": { auth: "user", path: `/org/${randomUUID()}/audit`, org: "organisation.manage" },
  "app/org/[slug]/assessments/[assessmentId]/candidates/page.tsx": {
    auth: "user",
    path: `/org/${randomUUID()}/assessments/${randomUUID()}/candidates`,
    org: "results.view",
  },
  "app/org/[slug]/assessments/[assessmentId]/results/page.tsx": {
    auth: "user",
    path: `/org/${randomUUID()}/assessments/${randomUUID()}/results`,
    org: "results.view",
  },
  "app/org/[slug]/assessments/[assessmentId]/candidates/[inviteId]/page.tsx": {
    auth: "user",
    path: `/org/${randomUUID()}/assessments/${randomUUID()}/candidates/${randomUUID()}`,
    org: "results.view",
  },
  "app/org/[slug]/assessments/page.tsx": { auth: "user", path: `/org/${randomUUID()}/assessments`, org: "results.view" },
  "app/org/[slug]/assessments/new/page.tsx": { auth: "user", path: `/org/${randomUUID()}/assessments/new`, org: "assessments.manage" },
  "app/org/[slug]/assessments/[assessmentId]/page.tsx": { auth: "user", path: `/org/${randomUUID()}/assessments/${randomUUID()}`, org: "results.view" },
};

const ACTIONS: Record<string, Record<string, "user" | "optional" | "public">> = {
  "app/profile/actions.ts": { saveProfileAction: "user", clearProfileFieldAction: "user", signOutEverywhereAction: "user" },
  "app/sign-in/actions.ts": { signInLocallyAction: "public", signOutLocally: "optional" },
};

const files: AppFiles = appFiles();

/** A URL for a route file, with its dynamic segments filled in. */
function urlFor(file: string, params: Record<string, string>): string {
  const route = path.dirname(file).replace(/^app/, "").replace(/\[([^\]]+)\]/g, (_, name: string) => params[name] ?? "x");
  return `http://localhost:3000${route}`;
}

function paramsFor(file: string, id: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, name] of file.matchAll(/\[([^\]]+)\]/g)) params[name!] = name === "position" ? "1" : id;
  return params;
}

type Handler = ((request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  route?: { auth: RouteAuth; org?: Permission };
  notAllowed?: true;
};

async function expectJsonError(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = await response.json();
  expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  return body.error as { code: string };
}

describe("the authorisation matrix", () => {
  it("lists every route, page and server action in app/, and nothing that is not there", () => {
    expect(files.routes.sort()).toEqual(Object.keys(ROUTES).sort());
    expect(files.pages.sort()).toEqual(Object.keys(PAGES).sort());
    expect(files.actions.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  describe.each(Object.entries(ROUTES))("%s", (file, entries) => {
    it("defines each method through defineRoute with the matrix's auth, and answers JSON 405 for the others", async () => {
      const mod = (await loadModule(file)) as Partial<Record<Method, Handler>>;
      for (const method of METHODS) {
        const handler = mod[method];
        const entry = entries[method];
        if (entry) {
          expect(handler?.route?.auth, `${method} ${file}`).toBe(entry.auth);
          expect(handler?.route?.org, `${method} ${file}: the organisation permission`).toBe(entry.org);
          continue;
        }
        expect(handler?.notAllowed, `${method} ${file} must answer a JSON 405`).toBe(true);
        const response = await handler!(new Request(urlFor(file, {}), { method }), { params: Promise.resolve({}) });
        await expectJsonError(response, 405);
        expect(response.headers.get("allow")).toBe(Object.keys(entries).join(", "));
      }
    });

    const guarded = Object.entries(entries).filter(([, entry]) => entry.auth !== "public") as [Method, RouteEntry][];
    // A token route's "session" is its link: the matrix's random id is not a well-formed token, so it is a 404.
    it.runIf(guarded.length > 0)("refuses a caller with no session (or no valid link), through the proxy and without it", async () => {
      const mod = (await loadModule(file)) as Record<Method, Handler>;
      const params = paramsFor(file, randomUUID());
      for (const [method, entry] of guarded) {
        const request = () => new Request(urlFor(file, params), { method, headers: { "content-type": "application/json" }, body: method === "GET" ? undefined : "{}" });
        const direct = await mod[method](request(), { params: Promise.resolve(params) });
        const expected = entry.auth === "cron" ? (direct.status === 503 ? 503 : 401) : entry.auth === "token" ? 404 : 401;
        const code = await expectJsonError(direct, expected);
        if (entry.auth === "user") expect(code.code).toBe("unauthorized");
        if (entry.auth === "token") {
          expect(code.code).toBe("not_found");
          await expectJsonError(await callThroughProxy(mod[method], request(), params), 404);
        }
        if (entry.auth === "user") await expectJsonError(await callThroughProxy(mod[method], request(), params), 401);
      }
    });

    const foreign = Object.entries(entries).filter(([, entry]) => entry.foreign && "status" in entry.foreign) as [Method, RouteEntry][];
    it.runIf(foreign.length > 0)("answers 404 for another user's session", async () => {
      const owner = await createTestUser();
      const session = await startSession(contextFor(owner), { type: "behavioural", count: 3 });
      const { cookie } = await signedInTestUser();
      const mod = (await loadModule(file)) as Record<Method, Handler>;
      const params = paramsFor(file, session.id);
      for (const [method, entry] of foreign) {
        const spec = entry.foreign as { status: 404; body?: () => unknown };
        const body = spec.body ? JSON.stringify(spec.body()) : method === "GET" || method === "DELETE" ? undefined : "";
        const request = new Request(urlFor(file, params), { method, headers: { cookie, "content-type": "application/json" }, body });
        const error = await expectJsonError(await callThroughProxy(mod[method], request, params), 404);
        expect(error.code).toBe("not_found");
      }
    });
  });

  describe.each(Object.entries(PAGES))("%s", (file, spec) => {
    it("goes through definePage with the matrix's auth (static pages read no data)", () => {
      if (spec.auth === "static") {
        expect(declaredPageAuth(file)).toBeUndefined();
        expect(fs.readFileSync(file, "utf8")).not.toMatch(/@\/db\/|@\/lib\/context|@\/lib\/auth\/principal|@\/lib\/.*-service/);
      } else {
        expect(declaredPageAuth(file)).toBe(spec.auth);
        expect(fs.readFileSync(file, "utf8")).toMatch(/export default definePage\(/);
        // An organisation page names the permission its wrapper checks (a [slug] page without one would show any slug).
        expect(declaredPageOrg(file), "the organisation permission").toBe(spec.org);
        if (file.includes("[slug]")) expect(spec.org, `${file} is an organisation page`).toBeDefined();
      }
    });

    it.runIf(spec.auth === "user")("sends a visitor with no session to sign-in, and back here afterwards", async () => {
      const { default: proxy } = await import("@/proxy");
      const { NextRequest } = await import("next/server");
      const response = await proxy(new NextRequest(`http://localhost:3000${spec.path}`), {
        waitUntil: () => undefined,
        passThroughOnException: () => undefined,
      } as never);
      expect(response.status).toBe(307);
      const location = new URL(response.headers.get("location")!);
      expect(location.pathname).toBe("/sign-in");
      expect(location.searchParams.get("redirect_url")).toBe(spec.path);
    });

    it.runIf(spec.auth === "token")("lets a visitor with no session through to the page: the link is the credential", async () => {
      const { default: proxy } = await import("@/proxy");
      const { NextRequest } = await import("next/server");
      const response = await proxy(new NextRequest(`http://localhost:3000${spec.path}`), {
        waitUntil: () => undefined,
        passThroughOnException: () => undefined,
      } as never);
      expect(response.status).toBe(200);
      expect(response.headers.get("location")).toBeNull();
      expect(response.headers.get("x-middleware-next") ?? response.headers.get("x-middleware-rewrite")).not.toBeNull();
    });
  });

  describe.each(Object.entries(ACTIONS))("%s", (file, exports) => {
    it("exports only actions defined through defineAction, each with the matrix's auth", async () => {
      const mod = (await loadModule(file)) as Record<string, { action?: { auth: string } }>;
      expect(Object.keys(mod).sort()).toEqual(Object.keys(exports).sort());
      for (const [name, auth] of Object.entries(exports)) expect(mod[name]?.action?.auth, name).toBe(auth);
    });
  });
});
