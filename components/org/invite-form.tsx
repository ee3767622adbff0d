"use client";

import { useId, useState } from "react";
import type { OrganisationRole } from "@/db/schema";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { InviteLinkNotice } from "./invite-link-notice";
import { ROLE_HINTS, ROLE_LABELS } from "./invite-labels";
import { useInviteSending } from "./use-invite-sending";

export type InviteFormProps = {
  slug: string;
  /** The roles the signed-in member may grant (`grantableRoles`); the server checks again. */
  roles: OrganisationRole[];
};

/** Invites someone by email with a role; afterwards shows the link to copy, and a retry when the email failed. */
export function InviteForm({ slug, roles }: InviteFormProps) {
  const id = useId();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<OrganisationRole>(roles.includes("reviewer") ? "reviewer" : roles[0]!);
  const sending = useInviteSending(slug);
  const emailErrors = sending.fields.email ?? [];
  const roleErrors = sending.fields.role ?? [];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (await sending.invite({ email, role })) setEmail("");
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      aria-busy={sending.pending}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Invite someone
      </h2>
      <div className="space-y-1">
        <label htmlFor={`${id}-email`} className="block font-medium">
          Email address
        </label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={emailErrors.length > 0 || undefined}
          aria-describedby={emailErrors.length ? `${id}-email-error` : undefined}
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {emailErrors.length ? (
          <p id={`${id}-email-error`} className="text-sm text-red-700">
            {emailErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-role`} className="block font-medium">
          Role
        </label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(event) => setRole(event.target.value as OrganisationRole)}
          aria-invalid={roleErrors.length > 0 || undefined}
          aria-describedby={`${id}-role-hint${roleErrors.length ? ` ${id}-role-error` : ""}`}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-auto"
        >
          {roles.map((choice) => (
            <option key={choice} value={choice}>
              {ROLE_LABELS[choice]}
            </option>
          ))}
        </select>
        <p id={`${id}-role-hint`} className="text-sm text-slate-600">
          {ROLE_LABELS[role]}: {ROLE_HINTS[role]}.
        </p>
        {roleErrors.length ? (
          <p id={`${id}-role-error`} className="text-sm text-red-700">
            {roleErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={sending.pending} pendingLabel="Sending…">
        Send invite
      </SubmitButton>
      <FormAlerts error={sending.error} limited={sending.limited} errorTestId="invite-error" />
      {sending.sent ? (
        <InviteLinkNotice
          link={sending.sent.link}
          emailSent={sending.sent.emailSent}
          onRetry={() => void sending.resend(sending.sent!.invite.id)}
          retrying={sending.pending}
        />
      ) : null}
    </form>
  );
}
