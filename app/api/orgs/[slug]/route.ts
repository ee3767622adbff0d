import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { deleteOrganisation, organisationOverview, updateOrganisation } from "@/lib/orgs/organisation-service";
import { deleteOrganisationSchema, updateOrganisationSchema } from "@/lib/orgs/schemas";

/** The organisation's name and slug and the caller's role in it (any member). */
export const GET = defineRoute({ name: "orgs.overview", auth: "user", org: "results.view" }, async (ctx) => {
  return jsonResponse({ organisation: await organisationOverview(ctx) }, { "Cache-Control": "no-store" });
});

/** Renames the organisation and/or changes its slug (owners); 409 naming `slug` when the slug is taken. */
export const PATCH = defineRoute(
  { name: "orgs.update", auth: "user", org: "organisation.manage", input: updateOrganisationSchema },
  async (ctx, input) => jsonResponse({ organisation: await updateOrganisation(ctx, input) }),
);

/** Deletes the organisation and everything it holds (owners): 204; 422 unless `confirmName` is its exact name. */
export const DELETE = defineRoute(
  { name: "orgs.delete", auth: "user", org: "organisation.manage", input: deleteOrganisationSchema },
  async (ctx, input) => {
    await deleteOrganisation(ctx, input);
    return new Response(null, { status: 204 });
  },
);

export const { POST, PUT } = methodsOtherThan("GET", "PATCH", "DELETE");
