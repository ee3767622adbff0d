import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validation";
import { auditPageQuerySchema } from "@/lib/orgs/audit-cursor";
import { organisationAuditLog } from "@/lib/orgs/audit-log-service";

/**
 * The organisation's audit log, newest first, 50 events a page (owners): `?cursor=` (the previous page's
 * `nextCursor`) → `{ events, nextCursor }`, null on the last page; 422 for a cursor this server did not issue.
 */
export const GET = defineRoute({ name: "orgs.audit", auth: "user", org: "organisation.manage" }, async (ctx, _input, { request }) => {
  const query = parseInput(auditPageQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return jsonResponse(await organisationAuditLog(ctx, query.cursor), { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
