"use client";

import { useActionState, useMemo } from "react";
import { signOutEverywhereAction } from "@/app/profile/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";
import { browserStorage, createDraftStore } from "@/lib/practice/client/draft-store";
import { SubmitButton } from "@/components/ui/submit-button";

/**
 * Ends every session of the account: a lost laptop or a shared computer stops being signed in at its next request.
 * This browser's answer drafts go first; other browsers lose theirs when they next sign out.
 */
export function SignOutEverywhere() {
  const drafts = useMemo(() => createDraftStore(browserStorage()), []);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (previous, form) => {
    const owner = drafts.owner();
    drafts.close();
    // On success the action redirects; only a refusal comes back, and then the user is still signed in here.
    const result = await signOutEverywhereAction(previous, form);
    if (result?.status === "error" && owner) drafts.open(owner);
    return result;
  }, IDLE_STATE);
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
