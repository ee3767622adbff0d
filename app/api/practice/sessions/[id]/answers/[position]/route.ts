import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { streamAnswerFeedback, wantsEventStream } from "@/lib/practice/feedback";
import { answerInputSchema, answerQuestion, PRACTICE_ALLOWANCES } from "@/lib/practice/session";

type Params = { id: string; position: string };

/**
 * Answers one question (1-based position). With `Accept: text/event-stream`: the feedback stream (stages, the model
 * answer as it is written, then the stored answer; see lib/practice/stream/events.ts). Otherwise JSON `{ answer }`.
 * Either way every refusal (400, 401, 404, 409, 413, 422, 429) is a JSON error sent before any feedback is produced.
 */
export const POST = defineRoute(
  { name: "practice.session.answer", auth: "user", input: answerInputSchema, limit: PRACTICE_ALLOWANCES.answers },
  async (ctx, input, { request, params }: { request: Request; params: Params }) => {
    if (wantsEventStream(request)) return streamAnswerFeedback(ctx, params.id, params.position, input);
    return jsonResponse({ answer: await answerQuestion(ctx, params.id, params.position, input) });
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
