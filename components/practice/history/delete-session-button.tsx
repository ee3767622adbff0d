"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { cancelButton, dangerButton, dangerOutlineButton } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/practice/client/api-request";

/** Deletes one saved session after a second, explicit click, then returns to the dashboard. */
export function DeleteSessionButton({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    setError(null);
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  async function remove() {
    setPending(true);
    setError(null);
    const result = await apiRequest(`/api/practice/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" }, {
      failed: "We could not delete this session. Please try again.",
      offline: "We could not reach the server. Check your connection and try again.",
      // 404: it is already gone (deleted in another tab), which is what the candidate asked for.
      okStatuses: [404],
    });
    if (result.ok) {
      router.push("/practice");
      return;
    }
    setError(result.message);
    setPending(false);
  }

  return (
    <div className="space-y-2" aria-busy={pending}>
      {confirming ? (
        <div role="group" aria-label="Confirm deletion" className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 p-3">
          <p className="text-sm text-red-900">Delete this session, its answers and feedback? This cannot be undone.</p>
          <button ref={confirmRef} type="button" onClick={remove} disabled={pending} className={dangerButton}>
            {pending ? "Deleting…" : "Yes, delete it"}
          </button>
          <button type="button" onClick={cancel} disabled={pending} className={cancelButton}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={openerRef}
          type="button"
          onClick={() => setConfirming(true)}
          className={dangerOutlineButton}
        >
          Delete session
        </button>
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
