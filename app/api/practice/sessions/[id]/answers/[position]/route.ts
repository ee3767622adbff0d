import { jsonResponse, methodNotAllowed, readJson, withUser } from "@/lib/api/route";
import { streamAnswerFeedback, wantsEventStream } from "@/lib/practice/feedback";
import { answerQuestion } from "@/lib/practice/session";

type Params = { id: string; position: string };

/**
 * Answers one question (1-based position). With `Accept: text/event-stream`: the feedback stream (stages, the model
 * answer as it is written, then the stored answer; see lib/practice/stream/events.ts). Otherwise JSON `{ answer }`.
 * Either way every refusal (400, 401, 404, 409, 422, 429) is a JSON error sent before any feedback is produced.
 */
export const POST = withUser<Params>("practice.session.answer", async (request, { user, params }) => {
  const body = await readJson(request);
  // The request's signal stops the AI calls when the candidate closes the page.
  const options = { signal: request.signal };
  if (wantsEventStream(request)) return streamAnswerFeedback(user.id, params.id, params.position, body, options);
  const answer = await answerQuestion(user.id, params.id, params.position, body, options);
  return jsonResponse({ answer });
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
