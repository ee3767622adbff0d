"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { AssessmentStatus } from "@/db/schema/assessments";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { OFFLINE_MESSAGE } from "./labels";

type Props = { slug: string; assessmentId: string; status: AssessmentStatus; questionCount: number };

/** Opens a draft or a closed assessment, or closes an open one, each after a confirmation that says what follows. */
export function StatusControls({ slug, assessmentId, status, questionCount }: Props) {
  const router = useRouter();
  const change = useApiMutation({ failed: "We could not change the assessment's state. Please try again.", offline: OFFLINE_MESSAGE });
  const target = status === "open" ? "closed" : "open";

  async function confirm(): Promise<boolean> {
    const result = await change.mutate(`/api/orgs/${slug}/assessments/${assessmentId}/status`, { method: "POST", ...jsonBody({ status: target }) });
    if (!result?.ok) return false;
    router.refresh();
    return true;
  }

  const description =
    target === "closed"
      ? "No one new can start it. Candidates already answering may finish until their own deadline. You can open it again later."
      : status === "draft"
        ? `Candidates you invite can then take it. Its ${questionCount} question${questionCount === 1 ? "" : "s"}, their order and its options cannot be changed once it is open.`
        : "Invited candidates can start it again until their deadlines.";

  return (
    <ConfirmDialog
      triggerLabel={target === "open" ? (status === "draft" ? "Open to candidates" : "Reopen") : "Close"}
      title={target === "open" ? "Open this assessment?" : "Close this assessment?"}
      description={description}
      confirmLabel={target === "open" ? "Open it" : "Close it"}
      pendingLabel={target === "open" ? "Opening…" : "Closing…"}
      pending={change.pending}
      error={change.error}
      upgradeUrl={change.upgradeUrl}
      onConfirm={confirm}
      onOpenChange={(open) => (open ? change.reset() : undefined)}
    />
  );
}
