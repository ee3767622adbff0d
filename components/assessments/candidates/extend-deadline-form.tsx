"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { secondaryButton } from "@/components/ui/button-styles";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/** A `datetime-local` value (the browser's local time) for the day after `iso`. */
function dayAfter(iso: string): string {
  const next = new Date(Math.max(new Date(iso).getTime(), Date.now()) + 24 * 60 * 60 * 1000);
  const local = new Date(next.getTime() - next.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Moves one invite's deadline later; the time is entered in the browser's time zone and sent as an instant. */
export function ExtendDeadlineForm({ url, deadlineAt }: { url: string; deadlineAt: string }) {
  const id = useId();
  const router = useRouter();
  const [value, setValue] = useState(() => dayAfter(deadlineAt));
  const extending = useApiMutation({
    failed: "We could not extend the deadline. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });
  const errors = extending.fields.deadlineAt ?? [];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) return extending.fail("Choose the new deadline (a date and time).");
    const result = await extending.mutate(url, { method: "PATCH", ...jsonBody({ deadlineAt: at.toISOString() }) });
    if (result?.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor={`${id}-deadline`} className="block text-sm font-medium">
          New deadline (your time)
        </label>
        <input
          id={`${id}-deadline`}
          type="datetime-local"
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length ? `${id}-error` : undefined}
          className="rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <button type="submit" disabled={extending.pending} className={secondaryButton}>
        {extending.pending ? "Extending…" : "Extend"}
      </button>
      {errors.length || extending.message ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700">
          {errors.length ? errors.join(" ") : extending.message}
        </p>
      ) : null}
    </form>
  );
}
