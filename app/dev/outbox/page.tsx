import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/email/outbox";
import { OutboxEmail } from "@/components/email/outbox-email";

export const metadata: Metadata = { title: "Local outbox", robots: { index: false } };

/**
 * The local outbox: what the app would have emailed, newest first, with working links (an invite's accept link
 * among them). A developer tool: it exists only in local mode (no RESEND_API_KEY, and
 * not a production build on a public URL: lib/email/outbox.ts), a 404 everywhere else.
 */
export default definePage({ name: "dev.outbox", auth: "public" }, async (ctx) => {
  const emails = await listOutbox(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Local outbox</h1>
        <p className="mt-2 max-w-2xl text-slate-700">
          No email provider is configured (RESEND_API_KEY is unset), so emails land here instead of being sent.{" "}
          {`The ${OUTBOX_PAGE_SIZE} most recent are listed, newest first.`}
        </p>
      </div>
      {emails.length === 0 ? (
        <p className="text-slate-600" data-testid="outbox-empty">
          Nothing has been sent yet.
        </p>
      ) : (
        <ol className="space-y-4">
          {emails.map((email, index) => (
            <OutboxEmail key={email.id} email={email} open={index === 0} />
          ))}
        </ol>
      )}
    </div>
  );
});
