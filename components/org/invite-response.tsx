"use client";

import { useRouter } from "next/navigation";
import { primaryButton, secondaryButton } from "@/components/ui/button-styles";
import { FormAlerts } from "@/components/ui/form-alerts";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/** Accept (then on to the organisation's members) or Decline (the page then says so) an invite, by its link's token. */
export function InviteResponse({ token, slug, organisationName }: { token: string; slug: string; organisationName: string }) {
  const router = useRouter();
  const base = `/api/invites/${encodeURIComponent(token)}`;
  // Stays pending while the members page loads, so Accept cannot be pressed twice into a second request.
  const accepting = useApiMutation({ failed: "We could not accept the invite. Please try again.", offline: OFFLINE, holdOnSuccess: true });
  const declining = useApiMutation({ failed: "We could not decline the invite. Please try again.", offline: OFFLINE, holdOnSuccess: true });
  const busy = accepting.pending || declining.pending;

  async function accept() {
    const result = await accepting.mutate(`${base}/accept`, { method: "POST" });
    if (result?.ok) router.push(`/org/${encodeURIComponent(slug)}/members`);
    // 410 and 403 carry the reason; the page's own state is stale, so show it fresh.
    else if (result && (result.status === 410 || result.status === 403)) router.refresh();
  }

  async function decline() {
    const result = await declining.mutate(`${base}/decline`, { method: "POST" });
    if (result?.ok || result?.status === 410) router.refresh();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={() => void accept()} disabled={busy} className={primaryButton}>
          {accepting.pending ? "Joining…" : `Accept and join ${organisationName}`}
        </button>
        <button type="button" onClick={() => void decline()} disabled={busy} className={secondaryButton}>
          {declining.pending ? "Declining…" : "Decline"}
        </button>
      </div>
      <FormAlerts error={accepting.error ?? declining.error} limited={null} errorTestId="invite-response-error" />
    </div>
  );
}
