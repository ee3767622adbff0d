"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/** Removes one member after a confirmation; their access ends with their next request. */
export function RemoveMember({ slug, memberId, memberName }: { slug: string; memberId: string; memberName: string }) {
  const router = useRouter();
  const removal = useApiMutation({
    failed: "We could not remove this member. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });

  async function confirm(): Promise<boolean> {
    const result = await removal.mutate(`/api/orgs/${slug}/members/${memberId}`, { method: "DELETE" });
    if (!result?.ok) return false;
    router.refresh();
    return true;
  }

  return (
    <ConfirmDialog
      triggerLabel={`Remove ${memberName}`}
      title={`Remove ${memberName}?`}
      description="They lose access to this organisation at once. You can invite them again later."
      confirmLabel="Remove"
      pendingLabel="Removing…"
      pending={removal.pending}
      error={removal.message}
      onConfirm={confirm}
      onOpenChange={() => removal.reset()}
    />
  );
}
