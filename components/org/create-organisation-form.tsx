"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { TextField } from "./text-field";

/** Creates an organisation through the API, then opens its members page. The slug is optional (made from the name). */
export function CreateOrganisationForm() {
  const id = useId();
  const router = useRouter();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const nameRef = useRef<HTMLInputElement>(null);
  const slugRef = useRef<HTMLInputElement>(null);
  const creation = useApiMutation<{ organisation?: { slug?: string } }>({
    failed: "We could not create the organisation. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    holdOnSuccess: true,
  });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await creation.mutate("/api/orgs", { method: "POST", ...jsonBody({ name, slug: slug.trim() || undefined }) });
    if (result?.ok && result.body?.organisation?.slug) {
      router.push(`/org/${result.body.organisation.slug}/members`);
      return;
    }
    // Take the keyboard to the first field that needs fixing.
    if (result && !result.ok) (result.fields?.name ? nameRef : result.fields?.slug ? slugRef : nameRef).current?.focus();
  }

  return (
    <form onSubmit={submit} aria-busy={creation.pending} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <TextField
        ref={nameRef}
        id={`${id}-name`}
        label="Organisation name"
        value={name}
        onChange={setName}
        maxLength={80}
        required
        autoComplete="organization"
        errors={creation.fields.name}
      />
      <TextField
        ref={slugRef}
        id={`${id}-slug`}
        label="Address (optional)"
        hint="Lower-case letters, digits and hyphens, used in the link /org/your-address. Left empty, we make one from the name."
        value={slug}
        onChange={setSlug}
        maxLength={48}
        errors={creation.fields.slug}
      />
      <FormAlerts error={creation.error} limited={creation.limited} errorTestId="create-organisation-error" />
      <SubmitButton pending={creation.pending} pendingLabel="Creating…">
        Create organisation
      </SubmitButton>
    </form>
  );
}
