/**
 * One email of the local outbox: who it went to, its subject, kind and time; the HTML as the recipient would see it,
 * in a sandboxed frame (no scripts; its links open in a new tab); and the plain text with clickable, copyable links.
 */
import type { EmailOutboxRow } from "@/db/schema";
import { TextWithLinks } from "./text-with-links";

type OutboxEmailProps = {
  email: Pick<EmailOutboxRow, "id" | "toAddress" | "subject" | "kind" | "html" | "text" | "createdAt">;
  /** The newest email starts open. */
  open: boolean;
};

/** "2026-12-07 00:20:28 UTC": the server's clock, in one zone for everyone. */
function formatSentAt(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function OutboxEmail({ email, open }: OutboxEmailProps) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white" data-testid="outbox-email">
      <details open={open}>
        {/* A summary holds phrasing content only: spans, not a description list. */}
        <summary className="cursor-pointer p-4">
          <span className="font-medium">{email.subject}</span>
          <span className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
            <span>
              To <span className="break-all font-medium text-slate-800">{email.toAddress}</span>
            </span>
            <span>
              Kind <code>{email.kind}</code>
            </span>
            <span>
              Sent <time dateTime={email.createdAt.toISOString()}>{formatSentAt(email.createdAt)}</time>
            </span>
          </span>
        </summary>
        <div className="space-y-3 border-t border-slate-200 p-4">
          <h2 className="text-sm font-semibold text-slate-700">As the recipient sees it</h2>
          {/* No allow-scripts and no allow-same-origin: the email cannot run code or reach this page. */}
          <iframe
            title={`Email: ${email.subject}`}
            srcDoc={email.html}
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            referrerPolicy="no-referrer"
            className="h-[28rem] w-full rounded-md border border-slate-200 bg-white"
          />
          <h2 className="text-sm font-semibold text-slate-700">Plain text</h2>
          <TextWithLinks text={email.text} />
        </div>
      </details>
    </li>
  );
}
