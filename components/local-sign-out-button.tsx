"use client";

import { useActionState } from "react";
import { signOutLocally } from "@/app/sign-in/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";

export function LocalSignOutButton() {
  const [state, action, pending] = useActionState<ActionState, FormData>(signOutLocally, IDLE_STATE);
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
