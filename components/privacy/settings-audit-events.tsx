import type { AuditEventView } from "@/lib/privacy/consents/privacy-settings";
import { SettingsTime } from "./settings-time";

/** What the user did that the audit log recorded (profile changes, consents, exports…), newest first. */
export function SettingsAuditEvents({ events, limit }: { events: AuditEventView[]; limit: number }) {
  return (
    <section aria-labelledby="activity-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="activity-heading" className="text-lg font-semibold">
        Your activity log
      </h2>
      <p className="text-sm text-slate-600">
        The last {limit} entries of the audit log made by you. The log is append-only: nobody can edit it. Entries older
        than a year are removed by the retention job, and deleting your account removes what identifies you from them.
      </p>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing recorded yet.</p>
      ) : (
        <ol className="divide-y divide-slate-200 text-sm" data-testid="own-audit-events">
          {events.map((event) => (
            <li key={event.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                {event.description}
                {event.detail ? `: ${event.detail}` : null}
              </span>
              <SettingsTime at={event.at} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
