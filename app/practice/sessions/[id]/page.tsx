import type { Metadata } from "next";
import Link from "next/link";
import { interviewTypeLabel } from "@/components/practice/dashboard/format";
import { SavedSessionDetail } from "@/components/practice/history/saved-session-detail";
import { SessionRoom } from "@/components/practice/session/session-room";
import { AiOffNotice } from "@/components/privacy/settings-ai-off-notice";
import { SessionSummaryPanel } from "@/components/practice/session/session-summary-panel";
import { definePage } from "@/lib/api/define-page";
import { adapters } from "@/lib/env";
import { sessionDetailToJson } from "@/lib/practice/client/session-json";
import { presenceModelUrl } from "@/lib/practice/presence-model";
import { getSessionDetail } from "@/lib/practice/session";

export const metadata: Metadata = { title: "Practice session" };

type Props = { params: Promise<{ id: string }> };

/**
 * One practice session, rendered by its status: in progress → the answering room; completed (finished, not yet
 * saved) → the summary with Save / Discard; saved → the full read-back with Delete. Client actions that change the
 * status call router.refresh(), and this page renders the next state.
 */
export default definePage(
  { name: "practice.session", auth: "user", returnTo: async ({ params }: Props) => `/practice/sessions/${(await params).id}` },
  async (ctx, { params }: Props) => {
    // A session that is missing or someone else's is a 404 (the page wrapper renders not-found for it).
    const detail = await getSessionDetail(ctx, (await params).id);

    if (detail.status === "saved") return <SavedSessionDetail detail={detail} />;

    const typeLabel = interviewTypeLabel(detail.interviewType);
    if (detail.status === "completed") {
      return (
        <div className="space-y-6">
          <div className="space-y-1">
            <Link href="/practice" className="text-sm text-brand underline underline-offset-2">
              Back to practice
            </Link>
            <h1 className="text-2xl font-semibold">{typeLabel} session: finished</h1>
            <p className="text-slate-600">Here is how it went. Save it to your history, or discard it.</p>
          </div>
          <SessionSummaryPanel sessionId={detail.id} summary={detail.summary} />
        </div>
      );
    }

    return (
      <div className="space-y-4 sm:space-y-6">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold sm:text-2xl">{typeLabel} practice session</h1>
          {/* Left out on a phone, where the question and the answer box come first. */}
          <p className="hidden text-slate-600 sm:block">
            Answer each question by typing or speaking, as you would in the interview. Feedback arrives after each answer;
            your draft is kept in this browser until it is submitted.
          </p>
        </div>
        {ctx.principal.aiProcessing === false && adapters.ai === "openai" ? <AiOffNotice /> : null}
        <SessionRoom session={sessionDetailToJson(detail)} aiAvailable={ctx.services.ai !== null} modelUrl={presenceModelUrl()} />
      </div>
    );
  },
);
