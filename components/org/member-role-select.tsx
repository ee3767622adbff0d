"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import type { OrganisationRole } from "@/db/schema/organisations";
import { ROLE_LABELS } from "@/lib/orgs/member-controls";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

type Props = { slug: string; memberId: string; memberName: string; role: OrganisationRole; choices: OrganisationRole[] };

/** Changes one member's role: a select of the roles the viewer may grant, and a Save button. */
export function MemberRoleSelect({ slug, memberId, memberName, role, choices }: Props) {
  const id = useId();
  const router = useRouter();
  const [chosen, setChosen] = useState<OrganisationRole>(role);
  const change = useApiMutation({
    failed: "We could not change the role. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (chosen === role) return;
    const result = await change.mutate(`/api/orgs/${slug}/members/${memberId}`, { method: "PATCH", ...jsonBody({ role: chosen }) });
    if (result?.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} aria-busy={change.pending} className="flex flex-wrap items-center gap-2">
      <label htmlFor={`${id}-role`} className="sr-only">
        Role of {memberName}
      </label>
      <select
        id={`${id}-role`}
        value={chosen}
        onChange={(event) => setChosen(event.target.value as OrganisationRole)}
        aria-describedby={change.message ? `${id}-error` : undefined}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {ROLE_LABELS[choice]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={change.pending || chosen === role}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {change.pending ? (
          "Saving…"
        ) : (
          <>
            Save<span className="sr-only"> role of {memberName}</span>
          </>
        )}
      </button>
      {change.message ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700">
          {change.message}
        </p>
      ) : null}
    </form>
  );
}
