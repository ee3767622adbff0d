"use client";

import { useId, useState } from "react";
import { secondaryButton } from "@/components/ui/button-styles";

export type InviteLinkNoticeProps = {
  link: string;
  emailSent: boolean;
  /** Sends the invite again (a new link); shown when the email failed. */
  onRetry?: () => void;
  retrying?: boolean;
};

/**
 * After an invite or a resend: whether the email went out, and the link itself to copy and send another way. When
 * the email failed the invite still stands, so this is an alert with a Retry button, not an error.
 */
export function InviteLinkNotice({ link, emailSent, onRetry, retrying = false }: InviteLinkNoticeProps) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("yes");
    } catch {
      // No clipboard permission (or an old browser): the field is selectable, so select it for a manual copy.
      (document.getElementById(`${id}-link`) as HTMLInputElement | null)?.select();
      setCopied("failed");
    }
  }

  return (
    <div className={`space-y-3 rounded-md p-3 text-sm ${emailSent ? "bg-emerald-50 text-emerald-900" : "bg-amber-50 text-amber-900"}`}>
      {emailSent ? (
        <p role="status">Invite sent. You can also copy the link and send it yourself.</p>
      ) : (
        <p role="alert">
          The invite was made, but we could not send the email. Copy the link and send it yourself, or try sending it again.
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor={`${id}-link`} className="block font-medium">
          Invite link (works for 7 days, once)
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
          />
          <button type="button" onClick={copy} className={secondaryButton}>
            Copy link
          </button>
          {!emailSent && onRetry ? (
            <button type="button" onClick={onRetry} disabled={retrying} className={secondaryButton}>
              {retrying ? "Sending…" : "Retry email"}
            </button>
          ) : null}
        </div>
        <p aria-live="polite" className="text-xs">
          {copied === "yes" ? "Link copied." : copied === "failed" ? "Copying is blocked here: the link is selected, copy it yourself." : ""}
        </p>
      </div>
    </div>
  );
}
