/**
 * Local sign-in as a service: mint a Clerk-format session for the email, then find or create the user and record the
 * sign-in in one transaction, first scoped to the new session's subject (it can reach only its own user row), then to
 * the user (the audit event is theirs). The action sets the cookies; Clerk's middleware verifies them from then on.
 */
import "server-only";
import { recordAuditEvent } from "@/db/queries/audit";
import { upsertUserByAuthProviderId } from "@/db/queries/users";
import { switchScope } from "@/db/scoped";
import type { User } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { RequestContext } from "@/lib/context/request-context";
import { adapters } from "@/lib/env";
import { type IssuedLocalSession, issueLocalSession } from "./local-session";
import type { LocalSignInInput } from "./schemas";

export async function signInLocally(
  ctx: RequestContext,
  input: LocalSignInInput,
): Promise<{ user: User; session: IssuedLocalSession }> {
  if (adapters.auth !== "local") throw new AppError("not_found", "Local sign-in is off on this deployment.");
  const session = issueLocalSession(input.email, ctx.now());
  const subject = { role: "app" as const, subject: session.subject };
  const user = await ctx.db.transaction(async (tx) => {
    const asSubject = await switchScope(tx, subject);
    const row = await upsertUserByAuthProviderId(asSubject, {
      authProviderId: session.subject,
      email: input.email,
      displayName: input.displayName,
    });
    const asUser = await switchScope(tx, { role: "app", userId: row.id });
    // The context's principal is still anonymous: the actor is the user just resolved.
    await recordAuditEvent(asUser, { actorUserId: row.id, action: "auth.sign_in", targetType: "user", targetId: row.id, ipHash: ctx.ipHash });
    return row;
  });
  return { user, session };
}
