"use client";

import { AlertDialog } from "radix-ui";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { dangerButton } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/practice/client/api-request";

/**
 * Discards the session after a confirmation: nothing of it remains on the server, then the candidate is taken back
 * to /practice. The confirming button is also named "Discard session"; while the dialog is open everything behind it
 * is hidden from assistive technology, so there is only ever one button of that name to press.
 */
export function DiscardSessionButton({ sessionId, onError }: { sessionId: string; onError?: (message: string | null) => void }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);

  async function discard() {
    setPending(true);
    onError?.(null);
    const result = await apiRequest(`/api/practice/sessions/${encodeURIComponent(sessionId)}/discard`, { method: "POST" }, {
      failed: "We could not discard the session. Please try again.",
      offline: "We could not reach the server. Please try again.",
      // A 404 means it is already gone, which is what the candidate asked for.
      okStatuses: [404],
    });
    setOpen(false);
    if (!result.ok) {
      onError?.(result.message);
      setPending(false);
      return;
    }
    router.push("/practice");
    router.refresh();
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <button type="button" disabled={pending} className="rounded-md border border-red-300 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
          Discard session
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-5 shadow-lg">
          <AlertDialog.Title className="text-lg font-semibold">Discard this session?</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-slate-700">
            Its questions, answers and feedback are deleted now and cannot be recovered.
          </AlertDialog.Description>
          <div className="flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel asChild>
              <button type="button" className="rounded-md border border-slate-300 px-4 py-2">
                Keep session
              </button>
            </AlertDialog.Cancel>
            <button type="button" onClick={discard} disabled={pending} className={dangerButton}>
              {pending ? "Discarding…" : "Discard session"}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
