"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/** The signed-in member leaves the organisation; the last owner is told why they cannot. */
export function LeaveOrganisation({ slug, name }: { slug: string; name: string }) {
  const router = useRouter();
  const leaving = useApiMutation({
    failed: "We could not take you out of this organisation. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    holdOnSuccess: true,
  });

  async function confirm(): Promise<boolean> {
    const result = await leaving.mutate(`/api/orgs/${slug}/leave`, { method: "POST" });
    if (!result?.ok) return false;
    router.push("/profile");
    return false;
  }

  return (
    <ConfirmDialog
      triggerLabel="Leave organisation"
      title={`Leave ${name}?`}
      description="You lose access to this organisation at once. Someone will have to invite you again to come back."
      confirmLabel="Leave"
      pendingLabel="Leaving…"
      pending={leaving.pending}
      error={leaving.message}
      onConfirm={confirm}
      onOpenChange={() => leaving.reset()}
    />
  );
}
