"use client";

/**
 * `useActionState` for a form whose fields take pastes of any size (a CV): the form data is measured before it is
 * sent, and past the server action body limit the form gets a refusal of its own, with nothing sent, instead of a
 * request Next would answer with a 500. The previous state is not sent either (defineAction never reads it), so a
 * refusal that hands a large submission back cannot double the size of the next request.
 */
import { useActionState, useState } from "react";
import { ACTION_BODY_TOO_LARGE_MESSAGE, exceedsActionBodyLimit } from "@/lib/api/action-body-limit";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";

type FormAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** Returns `[state, submit, pending]` like useActionState; call `submit` from a form action (it runs in a transition). */
export function useLimitedActionState(action: FormAction): [ActionState, (formData: FormData) => void, boolean] {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>((_previous, formData) => action(IDLE_STATE, formData), IDLE_STATE);
  const [refusal, setRefusal] = useState<ActionState | null>(null);
  const submit = (formData: FormData) => {
    if (exceedsActionBodyLimit(formData)) {
      setRefusal({ status: "error", message: ACTION_BODY_TOO_LARGE_MESSAGE });
      return;
    }
    setRefusal(null);
    dispatch(formData);
  };
  return [refusal ?? state, submit, pending];
}
