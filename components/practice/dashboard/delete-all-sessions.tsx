"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { jsonBody } from "@/lib/practice/client/api-request";
import { browserStorage, createDraftStore } from "@/lib/practice/client/draft-store";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/**
 * The phrase the API requires with the request (`{ confirm: "delete all" }`), so a stray click cannot wipe history.
 * The same string as DELETE_ALL_PHRASE in lib/practice/session/schemas.ts, which imports server-only modules.
 */
const PHRASE = "delete all";

function savedLabel(count: number): string {
  if (count === 0) return "you have no saved sessions";
  return count === 1 ? "your 1 saved session" : `all ${count} saved sessions`;
}

function deletedLabel(deleted: number): string {
  return deleted === 0 ? "There were no sessions to delete." : `Deleted ${deleted} session${deleted === 1 ? "" : "s"}.`;
}

/**
 * Deletes the candidate's whole practice history, and their answer drafts in this browser, after they type the phrase.
 * Typing rather than a second click, because this cannot be undone and a double click must not do it. Without any
 * history (`hasHistory` false) there is nothing to delete, so only the outcome of a deletion just made is shown.
 */
export function DeleteAllSessions({ savedCount, hasHistory }: { savedCount: number; hasHistory: boolean }) {
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<string | null>(null);
  const removal = useApiMutation<{ deleted?: unknown }>({
    failed: "We could not delete your sessions. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });

  async function deleteAll(): Promise<boolean> {
    const result = await removal.mutate("/api/practice/sessions", { method: "DELETE", ...jsonBody({ confirm: PHRASE }) });
    if (!result?.ok) return false;
    // Unsubmitted answers of those sessions are kept in this browser; they go with the history.
    createDraftStore(browserStorage()).clearOwnerDrafts();
    setStatus(deletedLabel(Number(result.body?.deleted ?? 0)));
    router.refresh();
    return true;
  }

  const outcome = (
    <p role="status" aria-live="polite" className="text-sm text-green-700" data-testid="delete-all-status">
      {status ?? ""}
    </p>
  );
  if (!hasHistory) return status ? outcome : null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Delete your practice history
      </h2>
      <p className="text-sm text-slate-600">
        Removes every session you have started ({savedLabel(savedCount)}, and any unfinished ones), with their answers,
        feedback and scores. This cannot be undone.
      </p>
      <ConfirmDialog
        triggerLabel="Delete all sessions"
        title="Delete your whole practice history?"
        description={`Every session you have started (${savedLabel(savedCount)}, and any unfinished ones) is deleted now, with its answers, feedback and scores. This cannot be undone.`}
        confirmLabel="Delete all"
        pendingLabel="Deleting…"
        phrase={PHRASE}
        pending={removal.pending}
        error={removal.message}
        onConfirm={deleteAll}
        onOpenChange={(open) => {
          removal.reset();
          if (open) setStatus(null);
        }}
      />
      {outcome}
    </section>
  );
}
