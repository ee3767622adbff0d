"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SentCandidateInvite } from "@/lib/assessments/invites/views";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { candidatesApi } from "./candidate-labels";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/**
 * Inviting candidates (one, or a list) and resending: keeps the last answer's links to copy, and refreshes the page
 * so the list shows the change.
 */
export function useCandidateInvites(slug: string, assessmentId: string) {
  const router = useRouter();
  const [sent, setSent] = useState<SentCandidateInvite[]>([]);
  const request = useApiMutation<{ invites?: SentCandidateInvite[] } & Partial<SentCandidateInvite>>({
    failed: "We could not send the invites. Please try again.",
    offline: OFFLINE,
    byStatus: { 401: "Your sign-in has expired. Sign in again to invite candidates." },
  });

  async function finish(result: Awaited<ReturnType<typeof request.mutate>>): Promise<boolean> {
    if (!result?.ok || !result.body) return false;
    const body = result.body;
    setSent(body.invites ?? (body.link && body.invite ? [{ invite: body.invite, link: body.link, emailSent: Boolean(body.emailSent) }] : []));
    router.refresh();
    return true;
  }

  return {
    sent,
    pending: request.pending,
    error: request.error,
    limited: request.limited,
    upgradeUrl: request.upgradeUrl,
    fields: request.fields,
    invite: async (body: { name: string; email: string } | { csv: string }) =>
      finish(await request.mutate(candidatesApi(slug, assessmentId), { method: "POST", ...jsonBody(body) })),
    resend: async (inviteId: string) => finish(await request.mutate(`${candidatesApi(slug, assessmentId, inviteId)}/resend`, { method: "POST" })),
  };
}
