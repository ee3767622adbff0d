import Link from "next/link";
import type { JsonObject } from "@/db/schema";
import type { AuditEventView } from "@/lib/orgs/audit-log-service";
import { describeAuditAction } from "@/lib/orgs/audit-descriptions";

type Props = { events: AuditEventView[]; olderHref: string | null; newestHref: string | null };

const when = (date: Date) =>
  date.toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

function values(label: string, object: JsonObject | null) {
  if (!object || Object.keys(object).length === 0) return null;
  return (
    <p className="text-sm break-all text-slate-600">
      {label}:{" "}
      {Object.entries(object)
        .map(([key, value]) => `${key} ${typeof value === "string" ? value : JSON.stringify(value)}`)
        .join(", ")}
    </p>
  );
}

/** The organisation's audit log, newest first; paging by plain links, so it works without JavaScript. */
export function AuditLogList({ events, olderHref, newestHref }: Props) {
  return (
    <div className="space-y-3">
      {events.length === 0 ? <p className="text-slate-600">No events yet.</p> : null}
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="audit-log">
        {events.map((event) => (
          <li key={event.id} className="space-y-1 p-4">
            <p>
              <span className="font-medium">{event.actor}</span> {describeAuditAction(event.action, event.oldValues, event.newValues)}
            </p>
            <p className="text-xs break-all text-slate-500">
              <code>{event.action}</code>
              {event.targetId ? ` · ${event.targetType} ${event.targetId}` : null}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={event.createdAt.toISOString()}>{when(event.createdAt)} UTC</time>
            </p>
            {values("Before", event.oldValues)}
            {values("After", event.newValues)}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-4 text-sm">
        {newestHref ? (
          <Link href={newestHref} className="font-medium text-brand underline underline-offset-2">
            Newest events
          </Link>
        ) : null}
        {olderHref ? (
          <Link href={olderHref} className="font-medium text-brand underline underline-offset-2">
            Older events
          </Link>
        ) : null}
      </div>
    </div>
  );
}
