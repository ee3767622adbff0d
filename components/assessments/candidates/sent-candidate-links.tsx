"use client";

import { useId, useState } from "react";
import { secondaryButton } from "@/components/ui/button-styles";
import type { SentCandidateInvite } from "@/lib/assessments/invites/views";

/**
 * After inviting or resending: whether each email went out, and each link to copy and send another way. A failed
 * email is an alert, not an error: the invite stands and its link works.
 */
export function SentCandidateLinks({ sent }: { sent: SentCandidateInvite[] }) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  if (sent.length === 0) return null;
  const failed = sent.filter((row) => !row.emailSent).length;

  async function copy(row: SentCandidateInvite, index: number) {
    try {
      await navigator.clipboard.writeText(row.link);
      setCopied(`Link for ${row.invite.name} copied.`);
    } catch {
      (document.getElementById(`${id}-link-${index}`) as HTMLInputElement | null)?.select();
      setCopied("Copying is blocked here: the link is selected, copy it yourself.");
    }
  }

  return (
    <div className={`space-y-3 rounded-md p-3 text-sm ${failed ? "bg-amber-50 text-amber-900" : "bg-emerald-50 text-emerald-900"}`}>
      {failed ? (
        <p role="alert">{`${failed} of ${sent.length} email${sent.length === 1 ? "" : "s"} could not be sent. The invites stand: copy those links and send them yourself.`}</p>
      ) : (
        <p role="status">{sent.length === 1 ? "Invite sent." : `${sent.length} invites sent.`} You can also copy a link and send it yourself.</p>
      )}
      <ul className="space-y-2">
        {sent.map((row, index) => (
          <li key={row.invite.id} className="space-y-1">
            <label htmlFor={`${id}-link-${index}`} className="block font-medium break-all">
              {row.invite.name} ({row.invite.email}){row.emailSent ? "" : ": email not sent"}
            </label>
            <div className="flex flex-wrap gap-2">
              <input
                id={`${id}-link-${index}`}
                readOnly
                value={row.link}
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
              />
              <button type="button" onClick={() => void copy(row, index)} className={secondaryButton}>
                Copy link
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p aria-live="polite" className="text-xs">
        {copied ?? ""}
      </p>
    </div>
  );
}
