import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { jsonResponse } from "@/lib/api/responses";
import { answerFollowUp, askFollowUp, followUpInputSchema, PRACTICE_ALLOWANCES, skipFollowUp } from "@/lib/practice/session";

type Params = { id: string; position: string };

/**
 * The follow-up question after the answer at `position`: `{ "action": "ask" }` asks it once (later calls return the
 * stored one; `answer.followUp` is null when the answer leaves no gap), `{ "action": "skip" }` skips it, and
 * `{ "action": "answer", …an answer's body }` scores it with the original answer and stores the pair's scores. Each
 * answers `{ answer }` (plus `engine` and `notice?` when answering). Charged to the hourly answers allowance.
 */
export const POST = defineRoute(
  { name: "practice.session.follow_up", auth: "user", input: followUpInputSchema, limit: PRACTICE_ALLOWANCES.answers },
  async (ctx, input, { params }: { params: Params }) => {
    if (input.action === "ask") return jsonResponse({ answer: await askFollowUp(ctx, params.id, params.position) });
    if (input.action === "skip") return jsonResponse({ answer: await skipFollowUp(ctx, params.id, params.position) });
    const { action: _action, ...answer } = input;
    return jsonResponse(await answerFollowUp(ctx, params.id, params.position, answer));
  },
);

export const { GET, PUT, PATCH, DELETE } = methodsOtherThan("POST");
