"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { TextField } from "./text-field";

type Props = { name: string; slug: string };

/** Renames the organisation or moves it to a new address; after a move the settings page reloads at the new one. */
export function OrganisationSettingsForm({ name: savedName, slug: savedSlug }: Props) {
  const id = useId();
  const router = useRouter();
  const [name, setName] = useState(savedName);
  const [slug, setSlug] = useState(savedSlug);
  const [saved, setSaved] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const slugRef = useRef<HTMLInputElement>(null);
  const update = useApiMutation<{ organisation?: { slug?: string } }>({
    failed: "We could not save the settings. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(null);
    const change = { ...(name !== savedName ? { name } : {}), ...(slug.trim() !== savedSlug ? { slug } : {}) };
    if (Object.keys(change).length === 0) {
      setSaved("Nothing to save: the name and address are unchanged.");
      return;
    }
    const result = await update.mutate(`/api/orgs/${savedSlug}`, { method: "PATCH", ...jsonBody(change) });
    if (result?.ok) {
      const newSlug = result.body?.organisation?.slug ?? savedSlug;
      setSaved("Saved.");
      if (newSlug !== savedSlug) router.replace(`/org/${newSlug}/settings`);
      else router.refresh();
      return;
    }
    if (result && !result.ok) (result.fields?.slug && !result.fields?.name ? slugRef : nameRef).current?.focus();
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
      aria-busy={update.pending}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Name and address
      </h2>
      <TextField
        ref={nameRef}
        id={`${id}-name`}
        label="Organisation name"
        value={name}
        onChange={setName}
        maxLength={80}
        required
        errors={update.fields.name}
      />
      <TextField
        ref={slugRef}
        id={`${id}-slug`}
        label="Address"
        hint="Changing it breaks links to the old address, including bookmarks your members have."
        value={slug}
        onChange={setSlug}
        maxLength={48}
        required
        errors={update.fields.slug}
      />
      <FormAlerts error={update.error} limited={update.limited} errorTestId="organisation-settings-error" />
      <p role="status" aria-live="polite" className="text-sm text-green-700">
        {saved ?? ""}
      </p>
      <SubmitButton pending={update.pending} pendingLabel="Saving…">
        Save
      </SubmitButton>
    </form>
  );
}
