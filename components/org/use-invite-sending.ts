"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { OrganisationRole } from "@/db/schema";
import type { SentInvite } from "@/lib/orgs/invites/views";
import { jsonBody } from "@/lib/practice/client/api-request";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";

const OFFLINE = "We could not reach the server. Check your connection and try again.";

/**
 * Sending invites from the invites page: POST a new one, or resend one (also the retry after a failed email). Keeps
 * the last answer, so its link can be copied, and refreshes the page so the pending list shows the change.
 */
export function useInviteSending(slug: string) {
  const router = useRouter();
  const [sent, setSent] = useState<SentInvite | null>(null);
  const request = useApiMutation<SentInvite>({
    failed: "We could not send the invite. Please try again.",
    offline: OFFLINE,
    byStatus: { 401: "Your sign-in has expired. Sign in again to send invites." },
  });
  const base = `/api/orgs/${encodeURIComponent(slug)}/invites`;

  async function finish(result: Awaited<ReturnType<typeof request.mutate>>): Promise<boolean> {
    if (!result?.ok || !result.body?.link) return false;
    setSent(result.body);
    router.refresh();
    return true;
  }

  return {
    sent,
    pending: request.pending,
    error: request.error,
    limited: request.limited,
    fields: request.fields,
    invite: async (body: { email: string; role: OrganisationRole }) => finish(await request.mutate(base, { method: "POST", ...jsonBody(body) })),
    resend: async (inviteId: string) => finish(await request.mutate(`${base}/${encodeURIComponent(inviteId)}/resend`, { method: "POST" })),
  };
}
