import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { orgPath } from "@/lib/orgs/org-paths";
import { decodeAuditCursor } from "@/lib/orgs/audit-cursor";
import { organisationAuditLog } from "@/lib/orgs/audit-log-service";
import { AuditLogList } from "@/components/org/audit-log-list";

export const metadata: Metadata = { title: "Audit log" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ cursor?: string | string[] }> };

/** The organisation's audit log for owners, newest first; `?cursor=` continues from an earlier page. */
export default definePage(
  { name: "org.audit", auth: "user", org: "organisation.manage", returnTo: async ({ params }: Props) => orgPath((await params).slug, "audit") },
  async (ctx, props: Props) => {
    const { cursor } = await props.searchParams;
    // A cursor that does not decode shows the newest events rather than an error.
    const after = typeof cursor === "string" ? (decodeAuditCursor(cursor) ?? undefined) : undefined;
    const page = await organisationAuditLog(ctx, after);
    const base = `/org/${ctx.principal.organisation.slug}/audit`;
    return (
      <section aria-labelledby="audit-heading" className="space-y-3">
        <h2 id="audit-heading" className="text-lg font-semibold">
          Audit log
        </h2>
        <p className="text-sm text-slate-600">Who changed what in this organisation. Events are kept after the people in them leave.</p>
        <AuditLogList
          events={page.events}
          olderHref={page.nextCursor ? `${base}?cursor=${encodeURIComponent(page.nextCursor)}` : null}
          newestHref={after ? base : null}
        />
      </section>
    );
  },
);
