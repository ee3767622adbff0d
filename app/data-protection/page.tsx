import type { Metadata } from "next";
import { MeasuresList } from "@/components/privacy/measures-list";
import { SubProcessorList } from "@/components/privacy/sub-processor-list";
import { adapters, env, jobScheduler } from "@/lib/env";
import { MEASURES } from "@/lib/privacy/measures";
import { subProcessors } from "@/lib/privacy/sub-processors";

export const metadata: Metadata = { title: "Data protection" };

// The list of sub-processors is this server's configuration, read when the page is served, not when it was built.
export const dynamic = "force-dynamic";

const SCHEDULER_TEXT = {
  "in-server": "This server runs them itself, on a schedule.",
  "vercel-cron": "Vercel Cron triggers them on this deployment.",
  off: "This deployment has the in-server scheduler turned off; an external scheduler calls them.",
} as const;

/**
 * Technical and organisational measures (GDPR art. 32), each in place with the test that proves it, or planned; the
 * list lives in lib/privacy/measures.ts, whose unit test fails when a named test is gone.
 */
export default function DataProtectionPage() {
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Data protection</h1>
      <p>
        The technical and organisational measures that protect your data. A measure marked &ldquo;in place&rdquo; names
        the automated test that proves it; the build&apos;s test suite fails if that test disappears. Retention jobs:{" "}
        {SCHEDULER_TEXT[jobScheduler]}
      </p>
      <MeasuresList measures={MEASURES} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Sub-processors of this deployment</h2>
        <SubProcessorList subProcessors={subProcessors({ adapters, onVercel: Boolean(env.VERCEL) })} />
      </section>
    </article>
  );
}
