import { jsonResponse, methodNotAllowed, readJson, withUser } from "@/lib/api/route";
import { answerQuestion } from "@/lib/practice/session";

type Params = { id: string; position: string };

/** Answers one question (1-based position): the answer with its scores and feedback. */
export const POST = withUser<Params>("practice.session.answer", async (request, { user, params }) => {
  const answer = await answerQuestion(user.id, params.id, params.position, await readJson(request));
  return jsonResponse({ answer });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
