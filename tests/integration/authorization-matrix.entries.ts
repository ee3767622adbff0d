/**
 * The authorisation matrix's entries: every route, page and server action in app/, with who may call it. The test in
 * authorization-matrix.test.ts finds the files from the tree and fails on any that is missing here.
 */
import { randomUUID } from "node:crypto";
import type { RouteAuth } from "@/lib/api/define-route";
import type { Permission } from "@/lib/orgs/permissions";
import { answerBody } from "@/lib/practice/session/answers.fixture";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** How a route treats another user's object: 404, or why that does not apply. */
export type Foreign = { status: 404; body?: () => unknown } | { skip: string };
/** `org`: the permission an organisation route's wrapper checks (none for the rest). */
export type RouteEntry = { auth: RouteAuth; foreign?: Foreign; org?: Permission };

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
export const ROUTES: Record<string, Partial<Record<Method, RouteEntry>>> = {
  "app/api/cron/cleanup/route.ts": { GET: { auth: "cron" }, POST: { auth: "cron" } },
  "app/api/cron/reminders/route.ts": { GET: { auth: "cron" }, POST: { auth: "cron" } },
  "app/api/cron/retention/route.ts": { GET: { auth: "cron" }, POST: { auth: "cron" } },
  "app/api/health/route.ts": { GET: { auth: "public" } },
  "app/.well-known/security.txt/route.ts": { GET: { auth: "public" } },
  "app/api/star-score/route.ts": { POST: { auth: "public" } },
  // Stripe's webhooks: the signature over the body is the credential (stripe-webhooks.test.ts).
  "app/api/webhooks/stripe/route.ts": { POST: { auth: "public" } },
  // The caller's own subscription: no object in the URL.
  "app/api/billing/checkout/route.ts": { POST: { auth: "user" } },
  "app/api/billing/portal/route.ts": { POST: { auth: "user" } },
  "app/api/profile/route.ts": { GET: { auth: "user" } },
  // The signed-in user's own account: no other user's object can be named.
  "app/api/account/route.ts": { DELETE: { auth: "user" } },
  "app/api/account/export/route.ts": {
    GET: { auth: "user", foreign: { skip: "no object in the URL: the caller's own data; another user's rows are absent, in account-export.test.ts" } },
  },
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
  "app/api/orgs/[slug]/billing/checkout/route.ts": { POST: organisation("organisation.manage") },
  "app/api/orgs/[slug]/billing/portal/route.ts": { POST: organisation("organisation.manage") },
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
  "app/api/assessment/[token]/questions/[position]/start/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/events/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/submit/route.ts": { POST: { auth: "token", foreign: CANDIDATE_LINK } },
  "app/api/assessment/[token]/receipt/route.ts": { GET: { auth: "token", foreign: CANDIDATE_LINK } },
};

/**
 * "static" pages read no data and use no context; the rest go through definePage with this auth ("token": the holder
 * of a candidate link, no account).
 */
export const PAGES: Record<string, { auth: "user" | "optional" | "public" | "token" | "static"; path: string; org?: Permission }> = {
  "app/layout.tsx": { auth: "optional", path: "/" },
  "app/page.tsx": { auth: "static", path: "/" },
  "app/privacy/page.tsx": { auth: "static", path: "/privacy" },
  "app/security/page.tsx": { auth: "static", path: "/security" },
  "app/terms/page.tsx": { auth: "static", path: "/terms" },
  "app/welcome/consent/page.tsx": { auth: "user", path: "/welcome/consent" },
  "app/profile/privacy/page.tsx": { auth: "user", path: "/profile/privacy" },
  "app/data-protection/page.tsx": { auth: "static", path: "/data-protection" },
  "app/pricing/page.tsx": { auth: "optional", path: "/pricing" },
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
  "app/org/[slug]/assessments/[assessmentId]/compare/page.tsx": {
    auth: "user",
    path: `/org/${randomUUID()}/assessments/${randomUUID()}/compare`,
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

export const ACTIONS: Record<string, Record<string, "user" | "optional" | "public">> = {
  "app/profile/actions.ts": { saveProfileAction: "user", clearProfileFieldAction: "user", signOutEverywhereAction: "user" },
  "app/sign-in/actions.ts": { signInLocallyAction: "public", signOutLocally: "optional" },
  "app/welcome/consent/actions.ts": { acceptTermsAction: "user" },
  "app/profile/privacy/actions.ts": { changeConsentAction: "user", recordDeviceConsentAction: "user", savePracticeRetentionAction: "user" },
};
