import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { progressSeries } from "@/lib/practice/session";

/** The progress chart's points: per saved session, oldest first, its four rubric dimension means. */
export const GET = defineRoute({ name: "practice.progress", auth: "user" }, async (ctx) => {
  return jsonResponse({ points: await progressSeries(ctx) }, { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
