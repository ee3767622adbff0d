import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { progressSeries } from "@/lib/practice/session";

/**
 * The progress chart's series over the whole saved history, oldest first: `{ granularity, sessionCount, points }`,
 * each point `{ date, sessionId, sessions, structure, relevance, specificity, impact }`, per session up to 100 scored
 * sessions and per week (sessionId null) beyond.
 */
export const GET = defineRoute({ name: "practice.progress", auth: "user" }, async (ctx) => {
  return jsonResponse(await progressSeries(ctx), { "Cache-Control": "no-store" });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
