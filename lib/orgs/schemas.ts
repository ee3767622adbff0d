/**
 * The inputs of the organisation routes, one zod schema each, shared by the forms and the route handlers. Pure (no
 * server-only import), so the browser's forms validate with the same rules.
 */
import { z } from "zod";
import { ORGANISATION_ROLES } from "@/db/schema/organisations";
import { safeText } from "@/lib/security/safe-text";
import { slugProblem } from "./slug";

export const ORGANISATION_NAME_MAX = 80;

export const organisationNameSchema = safeText("Enter the organisation's name.")
  .trim()
  .min(1, "Enter the organisation's name.")
  .max(ORGANISATION_NAME_MAX, `Use at most ${ORGANISATION_NAME_MAX} characters.`);

export const organisationSlugSchema = z
  .string("Enter an address.")
  .trim()
  .toLowerCase()
  .superRefine((slug, context) => {
    const problem = slugProblem(slug);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** Creating an organisation: a name, and a slug when the creator wants a particular one (derived otherwise). */
export const createOrganisationSchema = z.strictObject({
  name: organisationNameSchema,
  slug: z.preprocess((value) => (value === "" || value === null ? undefined : value), organisationSlugSchema.optional()),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

/** Renaming, moving to a new slug, or both. */
export const updateOrganisationSchema = z
  .strictObject({ name: organisationNameSchema.optional(), slug: organisationSlugSchema.optional() })
  .refine((input) => input.name !== undefined || input.slug !== undefined, { message: "Change the name or the address.", path: ["name"] });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

/** Deleting: the organisation's exact name, typed again. */
export const deleteOrganisationSchema = z.strictObject({
  confirmName: z.string("Type the organisation's name to confirm.").max(ORGANISATION_NAME_MAX * 2),
});
export type DeleteOrganisationInput = z.infer<typeof deleteOrganisationSchema>;

export const organisationRoleSchema = z.enum(ORGANISATION_ROLES, "Choose owner, manager or reviewer.");

export const changeMemberRoleSchema = z.strictObject({ role: organisationRoleSchema });
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const transferOwnershipSchema = z.strictObject({ memberId: z.guid("Choose a member.") });
export type TransferOwnershipInput = z.infer<typeof transferOwnershipSchema>;
