/** The invite inputs, one zod schema each, shared by the invite form and the route. */
import { z } from "zod";
import { ORGANISATION_ROLES } from "@/db/schema";

/** RFC 5321's limit on a forward path; anything longer cannot be delivered. */
export const INVITE_EMAIL_MAX_CHARS = 254;

export const createInviteSchema = z.strictObject({
  email: z
    .string("Enter the email address to invite.")
    .trim()
    .toLowerCase()
    .max(INVITE_EMAIL_MAX_CHARS, `Email addresses are at most ${INVITE_EMAIL_MAX_CHARS} characters.`)
    .pipe(z.email("Enter a valid email address, like name@example.com.")),
  role: z.enum(ORGANISATION_ROLES, "Choose a role."),
});
export type CreateInviteInput = z.output<typeof createInviteSchema>;

/** An invite id from the URL: anything but a UUID matches no invite (404), so it never reaches a query. */
export const inviteIdSchema = z.uuid();
