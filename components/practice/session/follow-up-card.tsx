"use client";

import type { FollowUpRecord } from "@/lib/practice/follow-up/record";
import { DraftAnswerComposer, draftTooLong } from "./draft-answer-composer";
import { ReadAloudButton } from "./read-aloud-button";
import type { useFollowUp } from "./use-follow-up";

type FollowUpCardProps = {
  sessionId: string;
  position: number;
  followUp: FollowUpRecord;
  flow: ReturnType<typeof useFollowUp>;
  /** Whether OpenAI is configured: the follow-up is then read with the AI voice, like the question. */
  aiAvailable: boolean;
  /** The session no longer takes answers: the follow-up can be read, not answered. */
  closed: boolean;
};

/**
 * The interviewer's follow-up, shown like a question (with the same read-aloud button) and answered with the same
 * composer as any answer, or skipped.
 */
export function FollowUpCard({ sessionId, position, followUp, flow, aiAvailable, closed }: FollowUpCardProps) {
  const { draft, voice, pending } = flow;
  const headingId = `follow-up-${position}-heading`;
  const tooLong = draftTooLong(draft);
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border-2 border-indigo-200 bg-white p-4 sm:p-6" data-testid="follow-up-card">
      <div className="space-y-2">
        <p className="text-sm font-medium text-indigo-800">Follow-up question</p>
        <h3 id={headingId} tabIndex={-1} className="text-lg font-semibold outline-none" data-testid="follow-up-question">
          {followUp.question}
        </h3>
        <p className="text-sm text-slate-600">
          {followUp.engine === "ai" ? "Written by AI from your answer." : "Chosen from what your answer left out."} Your answer to it is
          scored together with the answer above.
        </p>
        {/* The follow-up's id in the address: a replaced follow-up (the question answered again) is never a cached reply. */}
        <ReadAloudButton
          speechUrl={`/api/practice/sessions/${encodeURIComponent(sessionId)}/answers/${position}/follow-up/speech?followUp=${encodeURIComponent(followUp.id)}`}
          text={followUp.question}
          aiAvailable={aiAvailable}
          sourceId={`read-aloud-source-follow-up-${position}`}
          label="Read follow-up aloud"
        />
      </div>
      <form
        className="space-y-4"
        aria-busy={pending}
        onSubmit={(event) => {
          event.preventDefault();
          void flow.submit();
        }}
      >
        <DraftAnswerComposer position={position} draft={draft} voice={voice} onStart={draft.markStarted} disabled={pending} />
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            disabled={pending || closed || tooLong || voice.status !== "idle"}
            className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60"
          >
            Submit follow-up answer
          </button>
          <button type="button" onClick={flow.skip} disabled={pending || closed} className="rounded-md border border-slate-300 px-3 py-2 text-sm">
            Skip follow-up
          </button>
          <p role="status" aria-live="polite" className="text-sm text-slate-600">
            {pending ? "Scoring your answer together with the follow-up…" : ""}
          </p>
        </div>
      </form>
    </section>
  );
}
