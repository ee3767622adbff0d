"use client";

import { useActionState } from "react";
import { signOutEverywhereAction } from "@/app/profile/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** Ends every session of the account: a lost laptop or a shared computer stops being signed in at its next request. */
export function SignOutEverywhere() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOutEverywhereAction, IDLE_STATE);
  return (
    <section aria-labelledby="sessions-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="sessions-heading" className="text-lg font-semibold">
        Signed-in devices
      </h2>
      <p className="text-sm text-slate-600">
        Sign out of Rehearse on every device and browser, this one included. Each stops working at its next request.
      </p>
      <form action={action}>
        <SubmitButton pending={pending} pendingLabel="Signing out…">
          Sign out of all devices
        </SubmitButton>
      </form>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
