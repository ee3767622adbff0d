import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { createOrganisation, listMyOrganisations } from "@/lib/orgs/organisation-service";
import { createOrganisationSchema } from "@/lib/orgs/schemas";

/** The organisations the signed-in user belongs to, with their role in each, by name. */
export const GET = defineRoute({ name: "orgs.list", auth: "user" }, async (ctx) => {
  return jsonResponse({ organisations: await listMyOrganisations(ctx) }, { "Cache-Control": "no-store" });
});

/** Creates an organisation with the caller as its owner: 201; 409 naming `slug` when an explicit slug is taken. */
export const POST = defineRoute({ name: "orgs.create", auth: "user", input: createOrganisationSchema }, async (ctx, input) => {
  return jsonResponse({ organisation: await createOrganisation(ctx, input) }, {}, 201);
});

export const { PUT, PATCH, DELETE } = methodsOtherThan("GET", "POST");
