"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

type Candidate = { id: string; name: string };

/** Hands ownership to another member (owners): they become an owner and the viewer a manager. */
export function TransferOwnership({ slug, candidates }: { slug: string; candidates: Candidate[] }) {
  const id = useId();
  const router = useRouter();
  const [memberId, setMemberId] = useState(candidates[0]?.id ?? "");
  const transfer = useApiMutation({
    failed: "We could not transfer ownership. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
  });
  const chosen = candidates.find((candidate) => candidate.id === memberId);

  async function confirm(): Promise<boolean> {
    const result = await transfer.mutate(`/api/orgs/${slug}/transfer-ownership`, { method: "POST", ...jsonBody({ memberId }) });
    if (!result?.ok) return false;
    router.refresh();
    return true;
  }

  if (candidates.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Transfer ownership
      </h2>
      <div>
        <label htmlFor={`${id}-member`} className="block font-medium">
          New owner
        </label>
        <select
          id={`${id}-member`}
          value={memberId}
          onChange={(event) => setMemberId(event.target.value)}
          className="mt-1 w-full max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2"
        >
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </div>
      <ConfirmDialog
        triggerLabel="Transfer ownership"
        title={`Make ${chosen?.name ?? "this member"} the owner?`}
        description="They become an owner, with every permission, and you become a manager. Only an owner can give ownership back."
        confirmLabel="Transfer"
        pendingLabel="Transferring…"
        pending={transfer.pending}
        error={transfer.message}
        onConfirm={confirm}
        onOpenChange={() => transfer.reset()}
      />
    </section>
  );
}
