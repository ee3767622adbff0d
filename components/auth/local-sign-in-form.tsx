"use client";

import { useActionState } from "react";
import { Label } from "radix-ui";
import { SubmitButton } from "@/components/ui/submit-button";
import { TermsCheckbox } from "@/components/privacy/settings-terms-checkbox";
import { signInLocallyAction } from "@/app/sign-in/actions";
import { type ActionState, IDLE_STATE } from "@/lib/api/action-state";

export function LocalSignInForm({ redirectTo, aiConfigured }: { redirectTo: string; aiConfigured: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(signInLocallyAction, IDLE_STATE);
  const errorFor = (field: string) => state.fields?.[field]?.[0];
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <div>
        <Label.Root htmlFor="email" className="block font-medium">
          Email
        </Label.Root>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={state.values?.email}
          aria-invalid={Boolean(errorFor("email"))}
          aria-describedby={errorFor("email") ? "email-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {errorFor("email") ? (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {errorFor("email")}
          </p>
        ) : null}
      </div>
      <div>
        <Label.Root htmlFor="displayName" className="block font-medium">
          Display name
        </Label.Root>
        <input
          id="displayName"
          name="displayName"
          type="text"
          autoComplete="name"
          required
          maxLength={80}
          defaultValue={state.values?.displayName}
          aria-invalid={Boolean(errorFor("displayName"))}
          aria-describedby={errorFor("displayName") ? "displayName-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {errorFor("displayName") ? (
          <p id="displayName-error" className="mt-1 text-sm text-red-700">
            {errorFor("displayName")}
          </p>
        ) : null}
      </div>
      <TermsCheckbox error={errorFor("acceptTerms")} aiConfigured={aiConfigured} defaultChecked={state.values?.acceptTerms === "on"} />
      {state.message ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
      <SubmitButton pending={pending} pendingLabel="Signing in…" fullWidth>
        Sign in
      </SubmitButton>
    </form>
  );
}
