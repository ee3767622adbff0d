/** The account deletion's input: exactly the phrase (phrase.ts), which the profile page's form sends. */
import { z } from "zod";
import { DELETE_ACCOUNT_PHRASE } from "./phrase";

export const deleteAccountSchema = z.object({
  confirm: z.literal(DELETE_ACCOUNT_PHRASE, `Type "${DELETE_ACCOUNT_PHRASE}" to confirm.`),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
