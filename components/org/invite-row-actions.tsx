"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { secondaryButton } from "@/components/ui/button-styles";
import { FormAlerts } from "@/components/ui/form-alerts";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { InviteLinkNotice } from "./invite-link-notice";
import { useInviteSending } from "./use-invite-sending";

/** Resend (a new link; the old one stops working) and Revoke (after confirmation) for one pending invite. */
export function InviteRowActions({ slug, inviteId, email }: { slug: string; inviteId: string; email: string }) {
  const router = useRouter();
  const sending = useInviteSending(slug);
  const revoking = useApiMutation({
    failed: "We could not revoke the invite. Please try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    // 410: it was answered or revoked meanwhile; either way it is no longer pending.
    okStatuses: [410],
  });

  async function revoke(): Promise<boolean> {
    const result = await revoking.mutate(`/api/orgs/${encodeURIComponent(slug)}/invites/${encodeURIComponent(inviteId)}`, { method: "DELETE" });
    if (!result?.ok) return false;
    router.refresh();
    return true;
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => void sending.resend(inviteId)} disabled={sending.pending} className={secondaryButton}>
          {sending.pending ? "Sending…" : "Resend"}
        </button>
        <ConfirmDialog
          triggerLabel="Revoke"
          title="Revoke this invite?"
          description={`The link sent to ${email} stops working. You can invite them again later.`}
          confirmLabel="Yes, revoke it"
          pendingLabel="Revoking…"
          pending={revoking.pending}
          error={revoking.message}
          onConfirm={revoke}
          onOpenChange={revoking.reset}
        />
      </div>
      <FormAlerts error={sending.error} limited={sending.limited} />
      {sending.sent ? (
        <InviteLinkNotice
          link={sending.sent.link}
          emailSent={sending.sent.emailSent}
          onRetry={() => void sending.resend(inviteId)}
          retrying={sending.pending}
        />
      ) : null}
    </div>
  );
}
