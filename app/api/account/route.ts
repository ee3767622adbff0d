import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { deleteAccount } from "@/lib/privacy/account-deletion/account-deletion-service";
import { withSessionEnded } from "@/lib/privacy/account-deletion/end-session";
import { deleteAccountSchema } from "@/lib/privacy/account-deletion/schemas";

/**
 * Deletes the signed-in user's account; needs `{ "confirm": "delete my account" }` (422 otherwise), 409 for the sole
 * owner of an organisation with other members. The answer clears the session cookies: the session has ended.
 */
export const DELETE = defineRoute({ name: "account.delete", auth: "user", input: deleteAccountSchema }, async (ctx, input) =>
  withSessionEnded(jsonResponse({ deleted: true, ...(await deleteAccount(ctx, input)) }, { "Cache-Control": "no-store" })),
);

export const { GET, POST, PUT, PATCH } = methodsOtherThan("DELETE");
