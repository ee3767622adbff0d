"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { secondaryButton } from "@/components/ui/button-styles";
import { REVIEW_NOTE_MAX_CHARS } from "@/lib/assessments/review/limits";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

type Props = { url: string; position: number; own: { rating: number | null; note: string | null } | null };

/** The viewer's own 1–5 rating (or none) and private note on one answer; only organisation members ever see them. */
export function AnswerRatingForm({ url, position, own }: Props) {
  const id = useId();
  const router = useRouter();
  const [rating, setRating] = useState<number | null>(own?.rating ?? null);
  const [note, setNote] = useState(own?.note ?? "");
  const [saved, setSaved] = useState(false);
  const saving = useApiMutation({
    failed: "We could not save your rating. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });
  const errors = [...(saving.fields.rating ?? []), ...(saving.fields.note ?? [])];

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = await saving.mutate(url, { method: "PUT", ...jsonBody({ rating, note: note.trim() ? note : null }) });
    if (result?.ok) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-md border border-slate-200 p-3">
      <fieldset>
        <legend className="text-sm font-medium">Your rating of answer {position}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-1">
              <input type="radio" name={`${id}-rating`} value={value} checked={rating === value} onChange={() => setRating(value)} />
              {value}
            </label>
          ))}
          <label className="flex min-h-11 items-center gap-1">
            <input type="radio" name={`${id}-rating`} value="" checked={rating === null} onChange={() => setRating(null)} />
            No rating
          </label>
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-note`} className="block text-sm font-medium">
          Your private note (only your team sees it)
        </label>
        <textarea
          id={`${id}-note`}
          value={note}
          maxLength={REVIEW_NOTE_MAX_CHARS}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={errors.length || saving.message ? `${id}-error` : undefined}
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={saving.pending} className={secondaryButton}>
          {saving.pending ? "Saving…" : "Save rating"}
        </button>
        <p aria-live="polite" className="text-sm text-slate-600">
          {saved && !saving.pending ? "Saved." : ""}
        </p>
      </div>
      {errors.length || saving.message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {errors.length ? errors.join(" ") : saving.message}
        </p>
      ) : null}
    </form>
  );
}
