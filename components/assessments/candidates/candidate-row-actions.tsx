"use client";

import { useRouter } from "next/navigation";
import { secondaryButton } from "@/components/ui/button-styles";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormAlerts } from "@/components/ui/form-alerts";
import type { CandidateInviteView } from "@/lib/assessments/invites/views";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { candidatesApi } from "./candidate-labels";
import { ExtendDeadlineForm } from "./extend-deadline-form";
import { SentCandidateLinks } from "./sent-candidate-links";
import { useCandidateInvites } from "./use-candidate-invites";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/** A confirmed POST or DELETE that refreshes the page when it succeeds. */
function useConfirmed(url: string, method: "POST" | "DELETE", failed: string) {
  const router = useRouter();
  const mutation = useApiMutation({ failed, offline: OFFLINE });
  return {
    ...mutation,
    run: async () => {
      const result = await mutation.mutate(url, { method });
      if (result?.ok) router.refresh();
      return Boolean(result?.ok);
    },
  };
}

/** Resend, extend, reset and revoke for one invite, offered only where the state allows them. */
export function CandidateRowActions({ slug, assessmentId, invite }: { slug: string; assessmentId: string; invite: CandidateInviteView }) {
  const url = candidatesApi(slug, assessmentId, invite.id);
  const sending = useCandidateInvites(slug, assessmentId);
  const revoking = useConfirmed(url, "DELETE", "We could not revoke the invite. Please try again.");
  const resetting = useConfirmed(`${url}/reset`, "POST", "We could not reset the invite. Please try again.");
  const { state } = invite;
  if (state === "revoked") return null;
  const started = state === "in_progress" || state === "submitted" || (state === "expired" && invite.openedAt !== null);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {state === "invited" || state === "opened" || state === "in_progress" ? (
          <button type="button" onClick={() => void sending.resend(invite.id)} disabled={sending.pending} className={secondaryButton}>
            {sending.pending ? "Sending…" : "Resend"}
          </button>
        ) : null}
        {started ? (
          <ConfirmDialog
            triggerLabel="Reset"
            title="Let this candidate start again?"
            description={`${invite.name}'s attempt so far is kept for reviewers, and the same link starts a fresh attempt.`}
            confirmLabel="Yes, reset"
            pendingLabel="Resetting…"
            pending={resetting.pending}
            error={resetting.message}
            onConfirm={resetting.run}
            onOpenChange={resetting.reset}
          />
        ) : null}
        {state !== "submitted" ? (
          <ConfirmDialog
            triggerLabel="Revoke"
            title="Revoke this invite?"
            description={`The link sent to ${invite.email} stops working at once. This cannot be undone.`}
            confirmLabel="Yes, revoke it"
            pendingLabel="Revoking…"
            pending={revoking.pending}
            error={revoking.message}
            onConfirm={revoking.run}
            onOpenChange={revoking.reset}
          />
        ) : null}
      </div>
      {state !== "submitted" ? <ExtendDeadlineForm url={url} deadlineAt={invite.deadlineAt} /> : null}
      <FormAlerts error={sending.error} limited={sending.limited} />
      <SentCandidateLinks sent={sending.sent} />
    </div>
  );
}
