"use client";

import { useId, useState } from "react";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { SentCandidateLinks } from "./sent-candidate-links";
import { useCandidateInvites } from "./use-candidate-invites";

function Field(props: { id: string; label: string; type: string; value: string; onChange: (value: string) => void; errors: string[]; autoComplete: string }) {
  const errorId = `${props.id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={props.id} className="block font-medium">
        {props.label}
      </label>
      <input
        id={props.id}
        type={props.type}
        required
        autoComplete={props.autoComplete}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.errors.length > 0 || undefined}
        aria-describedby={props.errors.length ? errorId : undefined}
        className="w-full rounded-md border border-slate-300 px-3 py-2"
      />
      {props.errors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {props.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** Invites one candidate by name and email; afterwards shows the link to copy. */
export function InviteCandidateForm({ slug, assessmentId }: { slug: string; assessmentId: string }) {
  const id = useId();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const sending = useCandidateInvites(slug, assessmentId);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (await sending.invite({ name, email })) {
      setName("");
      setEmail("");
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} aria-busy={sending.pending} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Invite a candidate
      </h2>
      <Field id={`${id}-name`} label="Name" type="text" autoComplete="off" value={name} onChange={setName} errors={sending.fields.name ?? []} />
      <Field id={`${id}-email`} label="Email address" type="email" autoComplete="off" value={email} onChange={setEmail} errors={sending.fields.email ?? []} />
      <SubmitButton pending={sending.pending} pendingLabel="Sending…">
        Send invite
      </SubmitButton>
      <FormAlerts error={sending.error} limited={sending.limited} upgradeUrl={sending.upgradeUrl} />
      <SentCandidateLinks sent={sending.sent} />
    </form>
  );
}
