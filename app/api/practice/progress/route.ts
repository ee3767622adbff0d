import { jsonResponse, methodNotAllowed, withUser } from "@/lib/api/route";
import { progressSeries } from "@/lib/practice/session";

/** The progress chart's points: per saved session, oldest first, its four rubric dimension means. */
export const GET = withUser("practice.progress", async (_request, { user }) => {
  return jsonResponse({ points: await progressSeries(user.id) }, { "Cache-Control": "no-store" });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
