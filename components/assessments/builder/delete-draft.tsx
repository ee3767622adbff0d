"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { OFFLINE_MESSAGE } from "./labels";

/** Deletes a draft and its questions after a confirmation, then returns to the list. */
export function DeleteDraft({ slug, assessmentId }: { slug: string; assessmentId: string }) {
  const router = useRouter();
  const removal = useApiMutation({ failed: "We could not delete the draft. Please try again.", offline: OFFLINE_MESSAGE });

  async function confirm(): Promise<boolean> {
    const result = await removal.mutate(`/api/orgs/${slug}/assessments/${assessmentId}`, { method: "DELETE" });
    if (!result?.ok) return false;
    router.push(`/org/${slug}/assessments`);
    return false;
  }

  return (
    <ConfirmDialog
      triggerLabel="Delete draft"
      title="Delete this draft?"
      description="The draft and its questions are deleted. This cannot be undone."
      confirmLabel="Delete draft"
      pendingLabel="Deleting…"
      pending={removal.pending}
      error={removal.error}
      onConfirm={confirm}
    />
  );
}
