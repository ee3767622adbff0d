"use client";

import { useActionState } from "react";
import { signOutLocally } from "@/app/sign-in/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";
import { useSignedInDrafts } from "./use-signed-in-drafts";

/** Signs this browser out (local auth), removing the user's answer drafts from it first. */
export function LocalSignOutButton({ draftOwner }: { draftOwner: string }) {
  const drafts = useSignedInDrafts(draftOwner);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (previous, form) => {
    await drafts.forget();
    // On success the action redirects and its result never matters; only a refusal comes back here.
    const result = await signOutLocally(previous, form);
    if (result?.status === "error") await drafts.keep();
    return result;
  }, IDLE_STATE);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">
        Sign out
      </button>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
