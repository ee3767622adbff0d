"use client";

import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { FormAlerts } from "@/components/ui/form-alerts";
import type { BankEntryView } from "@/lib/assessments/bank-search";
import { apiRequest, jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { KIND_LABELS, OFFLINE_MESSAGE } from "./labels";
import { DEFAULT_SETTINGS } from "./question-settings-fields";

type Props = { slug: string; assessmentId: string; takenBankIds: string[]; full: boolean };

/** A searchable list of the question bank, filtered by kind; "Add" puts an entry at the end of the draft. */
export function BankPicker({ slug, assessmentId, takenBankIds, full }: Props) {
  const id = useId();
  const router = useRouter();
  const [kind, setKind] = useState("");
  const [q, setQ] = useState("");
  const [result, setResult] = useState<{ entries: BankEntryView[]; total: number } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const add = useApiMutation({ failed: "We could not add the question. Please try again.", offline: OFFLINE_MESSAGE });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ ...(kind ? { kind } : {}), ...(q.trim() ? { q: q.trim() } : {}) });
      const answer = await apiRequest<{ entries: BankEntryView[]; total: number }>(
        `/api/orgs/${slug}/question-bank?${query}`,
        { signal: controller.signal },
        { failed: "We could not load the question bank.", offline: OFFLINE_MESSAGE },
      );
      if (controller.signal.aborted) return;
      if (answer.ok) {
        setResult(answer.body);
        setLoadError(null);
      } else setLoadError(answer.message);
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [slug, kind, q]);

  async function pick(bankId: string) {
    const answer = await add.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/questions`, {
      method: "POST",
      ...jsonBody({ source: "bank", bankId, ...DEFAULT_SETTINGS }),
    });
    if (answer?.ok) router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <div>
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
            Kind
          </label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2"
          >
            <option value="">All kinds</option>
            <option value="behavioural">Behavioural</option>
            <option value="role_specific">Role-specific</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-q`} className="block text-sm font-medium">
            Search
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            maxLength={100}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-600">
        {result
          ? `${result.total} question${result.total === 1 ? "" : "s"} found${result.total > result.entries.length ? `, showing ${result.entries.length}` : ""}.`
          : "Loading the bank…"}
      </p>
      {loadError ? (
        <p role="alert" className="text-sm text-red-700">
          {loadError}
        </p>
      ) : null}
      <FormAlerts error={add.error} limited={add.limited} upgradeUrl={add.upgradeUrl} />
      <ul className="max-h-96 divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-200">
        {result?.entries.map((entry) => {
          const taken = takenBankIds.includes(entry.id);
          return (
            <li key={entry.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="break-words">{entry.text}</p>
                <p className="text-xs text-slate-600">{KIND_LABELS[entry.kind]}</p>
              </div>
              <button
                type="button"
                className="shrink-0 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-50"
                disabled={taken || full || add.pending}
                onClick={() => pick(entry.id)}
                aria-label={taken ? `Already added: ${entry.text}` : `Add: ${entry.text}`}
              >
                {taken ? "Added" : "Add"}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
