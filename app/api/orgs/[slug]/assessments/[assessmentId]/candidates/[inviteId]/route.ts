import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { extendCandidateDeadline, revokeCandidateInvite } from "@/lib/assessments/invites/manage-service";
import { extendDeadlineSchema } from "@/lib/assessments/invites/schemas";

type Params = { params: { slug: string; assessmentId: string; inviteId: string } };

/** Revokes the invite: `{ invite }`. 410 once revoked, 409 after the candidate submitted. */
export const DELETE = defineRoute({ name: "assessments.candidates.revoke", auth: "user", org: "assessments.manage" }, async (ctx, _input, { params }: Params) =>
  jsonResponse({ invite: await revokeCandidateInvite(ctx, params) }),
);

/** Extends the deadline `{ deadlineAt }` (ISO date-time, later than now and the current one): `{ invite }`. */
export const PATCH = defineRoute(
  { name: "assessments.candidates.extend", auth: "user", org: "assessments.manage", input: extendDeadlineSchema },
  async (ctx, input, { params }: Params) => jsonResponse({ invite: await extendCandidateDeadline(ctx, params, input) }),
);

export const { GET, POST, PUT } = methodsOtherThan("DELETE", "PATCH");
