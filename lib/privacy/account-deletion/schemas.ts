/**
 * The account deletion's input, shared by the route and the profile page's form (no server-only imports, so the
 * browser bundle can use the phrase).
 */
import { z } from "zod";

/** What the user types, and the API requires, before the account is deleted. */
export const DELETE_ACCOUNT_PHRASE = "delete my account";

export const deleteAccountSchema = z.object({
  confirm: z.literal(DELETE_ACCOUNT_PHRASE, `Type "${DELETE_ACCOUNT_PHRASE}" to confirm.`),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
