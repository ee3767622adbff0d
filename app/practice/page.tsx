import type { Metadata } from "next";
import Link from "next/link";
import { definePage } from "@/lib/api/define-page";
import { adapters } from "@/lib/env";
import { QUESTION_BANK } from "@/lib/practice/questions";
import { hasFeature } from "@/lib/billing/entitlements";
import { usageView } from "@/lib/billing/usage-view";
import { practiceDashboard } from "@/lib/practice/session";
import { AllowanceMeter } from "@/components/billing/allowance-meter";
import { DeleteAllSessions } from "@/components/practice/dashboard/delete-all-sessions";
import { ProgressChart } from "@/components/practice/dashboard/progress-chart";
import { SessionHistoryList } from "@/components/practice/dashboard/session-history-list";
import { StartSessionForm } from "@/components/practice/dashboard/start-session-form";
import { UnfinishedSessions } from "@/components/practice/dashboard/unfinished-sessions";

export const metadata: Metadata = { title: "Practice" };

type Props = { searchParams: Promise<{ before?: string | string[] }> };

/**
 * The practice dashboard: start a session, revisit saved ones a page at a time (`?before=<cursor>` shows the page
 * after that cursor; plain links, so paging works without JavaScript), watch the rubric scores move, or wipe the history.
 */
export default definePage({ name: "practice.dashboard", auth: "user", returnTo: () => "/practice" }, async (ctx, props: Props) => {
  const { before } = await props.searchParams;
  const [dashboard, usage] = await Promise.all([
    practiceDashboard(ctx, { before: typeof before === "string" ? before : undefined }),
    usageView(ctx, "practice_sessions"),
  ]);
  const { history, olderPage, savedCount, progress, unfinished, profileEmpty } = dashboard;
  const now = ctx.now();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Practice</h1>
          <p className="mt-1 text-slate-600">
            Answer interview questions by typing or out loud, and get scores, feedback and a model answer for each.
          </p>
        </div>
        <Link href="/practice/warm-up" className="text-sm font-medium text-brand underline underline-offset-2">
          Check your camera and microphone
        </Link>
      </div>
      <UnfinishedSessions sessions={unfinished} now={now} />
      {usage ? <AllowanceMeter usage={usage} /> : null}
      <StartSessionForm
        aiAvailable={ctx.services.ai !== null}
        aiSwitchedOff={ctx.principal.aiProcessing === false && adapters.ai === "openai"}
        aiNeedsPro={adapters.ai === "openai" && !(await hasFeature(ctx, "practice.ai"))}
        bankSize={QUESTION_BANK.length}
        profileEmpty={profileEmpty}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <SessionHistoryList
          sessions={history.sessions}
          savedCount={savedCount}
          olderHref={history.nextCursor ? `/practice?before=${encodeURIComponent(history.nextCursor)}#history-heading` : null}
          newestHref={olderPage ? "/practice#history-heading" : null}
        />
        <ProgressChart series={progress} />
      </div>
      <DeleteAllSessions savedCount={savedCount} hasHistory={savedCount > 0 || unfinished.length > 0} />
    </div>
  );
});
