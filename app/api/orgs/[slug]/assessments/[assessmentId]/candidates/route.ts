import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { CANDIDATE_INVITE_ALLOWANCE } from "@/lib/assessments/invites/allowances";
import { inviteCandidates, listCandidates } from "@/lib/assessments/invites/invite-service";
import { inviteCandidatesSchema } from "@/lib/assessments/invites/schemas";

type Params = { params: { slug: string; assessmentId: string } };

/** The assessment's candidate invites with their states: `{ candidates }`. */
export const GET = defineRoute({ name: "assessments.candidates.list", auth: "user", org: "results.view" }, async (ctx, _input, { params }: Params) =>
  jsonResponse({ candidates: await listCandidates(ctx, params.assessmentId) }, { "Cache-Control": "no-store" }),
);

/**
 * Invites `{ name, email }` or a list `{ csv }` (up to 100 lines of name, email): 201 `{ invites: [{ invite, link,
 * emailSent }] }`. All or nothing: 422 naming each bad line (`fields["line 3"]`), 409 for emails already invited
 * (by line) or an assessment that is not open, 429 past the hourly allowance, 402 without a live Team plan or when
 * the list does not fit in what is left of the month's invites (nothing is imported).
 */
export const POST = defineRoute(
  {
    name: "assessments.candidates.invite",
    auth: "user",
    org: "assessments.manage",
    input: inviteCandidatesSchema,
    limit: CANDIDATE_INVITE_ALLOWANCE,
    entitlement: "hiring",
    maxBytes: 128 * 1024,
  },
  async (ctx, input, { params }: Params) =>
    jsonResponse({ invites: await inviteCandidates(ctx, params.assessmentId, input) }, { "Cache-Control": "no-store" }, 201),
);

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
