"use client";

import { useActionState } from "react";
import { changeConsentAction } from "@/app/profile/privacy/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { kind: string; label: string; granted: boolean };

/** Withdraw (or allow again) one consent: a form per consent, so it works before JavaScript loads too. */
export function ConsentToggle({ kind, label, granted }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeConsentAction, IDLE_STATE);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="granted" value={granted ? "false" : "true"} />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        <span>{granted ? "Withdraw" : "Allow"}</span>
        <span className="sr-only"> {label}</span>
      </SubmitButton>
      <p role="status" className={`text-sm ${state.status === "error" ? "text-red-700" : "text-slate-600"}`}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
