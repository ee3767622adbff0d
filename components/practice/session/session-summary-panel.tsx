"use client";

import { useRouter } from "next/navigation";
import { SessionSummaryCard } from "@/components/practice/feedback/session-summary-card";
import { primaryButton } from "@/components/ui/button-styles";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import type { SessionSummary } from "@/lib/practice/session/records";
import { summaryHasScores } from "@/lib/practice/session/summary-scores";
import { DiscardSessionButton } from "./discard-session-button";

/**
 * A finished session's summary with the choice the candidate must make: save it to their history, or discard it.
 * Saving states the overall score shown here; the server refuses it unless it matches what it computed.
 */
export function SessionSummaryPanel({ sessionId, summary }: { sessionId: string; summary: SessionSummary | null }) {
  const router = useRouter();
  const saving = useApiMutation({
    failed: "We could not save the session. Please try again.",
    offline: "We could not reach the server. Check your connection and try again; nothing was lost.",
    // Pending until the refreshed page shows the saved session.
    holdOnSuccess: true,
  });

  async function save() {
    const url = `/api/practice/sessions/${encodeURIComponent(sessionId)}/save`;
    const result = await saving.mutate(url, { method: "POST", ...jsonBody(summary && summaryHasScores(summary) ? { overallScore: summary.overallScore } : {}) });
    // Same address, new status: re-rendering the server page shows the saved session.
    if (result?.ok) router.refresh();
  }

  return (
    <div className="space-y-4">
      {summary ? (
        <SessionSummaryCard summary={summary} />
      ) : (
        <section aria-labelledby="session-summary-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="session-summary-heading" className="text-xl font-semibold">
            Session summary
          </h2>
          <p className="mt-2 text-sm text-slate-700">This session&apos;s summary could not be read. You can still save or discard it.</p>
        </section>
      )}
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-slate-700">
          Save it to your history to track progress, or discard it: a discarded session leaves nothing behind.
        </p>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={save} disabled={saving.pending} className={primaryButton}>
            {saving.pending ? "Saving…" : "Save session"}
          </button>
          <DiscardSessionButton sessionId={sessionId} />
        </div>
      </div>
      {saving.message ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {saving.message}
        </p>
      ) : null}
    </div>
  );
}
