"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { browserStorage, createDraftStore } from "@/lib/practice/client/draft-store";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/** Deletes one saved session after confirmation, and any answer draft of it in this browser; then back to the dashboard. */
export function DeleteSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const removal = useApiMutation({
    failed: "We could not delete this session. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    // 404: it is already gone (deleted in another tab), which is what the candidate asked for.
    okStatuses: [404],
    // The dialog stays open and pending while the dashboard loads.
    holdOnSuccess: true,
  });

  async function remove(): Promise<boolean> {
    const result = await removal.mutate(`/api/practice/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" });
    if (!result?.ok) return false;
    createDraftStore(browserStorage()).clearSession(sessionId);
    router.push("/practice");
    return false;
  }

  return (
    <ConfirmDialog
      triggerLabel="Delete session"
      title="Delete this session?"
      description="Its answers, feedback and scores are deleted now and cannot be recovered."
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      pending={removal.pending}
      error={removal.message}
      onConfirm={remove}
      onOpenChange={removal.reset}
    />
  );
}
