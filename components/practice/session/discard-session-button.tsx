"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { browserStorage, createDraftStore } from "@/lib/practice/client/draft-store";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/**
 * Discards the session after a confirmation: nothing of it remains on the server, then the candidate is taken back
 * to /practice. The confirming button is also named "Discard session"; while the dialog is open everything behind it
 * is hidden from assistive technology, so there is only ever one button of that name to press.
 */
export function DiscardSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const discard = useApiMutation({
    failed: "We could not discard the session. Please try again.",
    offline: "We could not reach the server. Please try again.",
    // A 404 means it is already gone, which is what the candidate asked for.
    okStatuses: [404],
    // The dialog stays open and pending while the dashboard loads.
    holdOnSuccess: true,
  });

  async function confirm(): Promise<boolean> {
    const result = await discard.mutate(`/api/practice/sessions/${encodeURIComponent(sessionId)}/discard`, { method: "POST" });
    if (result?.ok) {
      // The session is gone, so are any unsent drafts of its answers (the follow-up's included).
      createDraftStore(browserStorage()).clearSession(sessionId);
      router.push("/practice");
      router.refresh();
    }
    return false;
  }

  return (
    <ConfirmDialog
      triggerLabel="Discard session"
      title="Discard this session?"
      description="Its questions, answers and feedback are deleted now and cannot be recovered."
      confirmLabel="Discard session"
      pendingLabel="Discarding…"
      cancelLabel="Keep session"
      pending={discard.pending}
      error={discard.message}
      onConfirm={confirm}
      onOpenChange={discard.reset}
    />
  );
}
