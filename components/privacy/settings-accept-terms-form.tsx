"use client";

import { useActionState } from "react";
import { acceptTermsAction } from "@/app/welcome/consent/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { TermsCheckbox } from "./settings-terms-checkbox";

/** The consent page's form: the same checkbox as local sign-in, recorded by a server action. */
export function AcceptTermsForm({ redirectTo, aiConfigured }: { redirectTo: string; aiConfigured: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(acceptTermsAction, IDLE_STATE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <TermsCheckbox error={state.fields?.acceptTerms?.[0]} aiConfigured={aiConfigured} />
      {state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Continue
      </SubmitButton>
    </form>
  );
}
