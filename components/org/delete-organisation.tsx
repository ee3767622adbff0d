"use client";

import { useId } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

/** Deletes the organisation once its name is typed; the API checks the exact name again. */
export function DeleteOrganisation({ name, slug }: { name: string; slug: string }) {
  const id = useId();
  const router = useRouter();
  const removal = useApiMutation({
    failed: "We could not delete the organisation. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    holdOnSuccess: true,
  });

  async function confirm(): Promise<boolean> {
    const result = await removal.mutate(`/api/orgs/${slug}`, { method: "DELETE", ...jsonBody({ confirmName: name }) });
    if (!result?.ok) return false;
    router.push("/profile");
    return false;
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-red-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Delete this organisation
      </h2>
      <p className="text-sm text-slate-600">
        Removes the organisation, every membership and every invite. Members lose access at once. This cannot be undone.
      </p>
      <ConfirmDialog
        triggerLabel="Delete organisation"
        title={`Delete ${name}?`}
        description="The organisation, its memberships and its invites are deleted now. This cannot be undone."
        confirmLabel="Delete organisation"
        pendingLabel="Deleting…"
        phrase={name}
        pending={removal.pending}
        error={removal.message}
        onConfirm={confirm}
        onOpenChange={() => removal.reset()}
      />
    </section>
  );
}
