import type { AnswerSignals } from "@/components/presence/use-presence-tracker";

const HINTS: Record<string, string> = {
  ok: "Framing looks good.",
  too_close: "You are very close to the camera; sit back a little.",
  too_far: "You look far away; move closer or enlarge the camera view.",
  off_centre: "You are off-centre; move towards the middle of the frame.",
  too_dark: "The picture is dark; add light in front of you.",
  no_face: "No face was seen.",
};

function percent(value: number) {
  return `${Math.round(value * 100)}%`;
}

/** Presence numbers for one answer, each shown only when its confidence allows. */
export function PresenceSummary({ signals, title = "Presence during this answer" }: { signals: AnswerSignals; title?: string }) {
  const { presence } = signals;
  return (
    <section aria-label={title} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="presence-summary">
      <h3 className="font-semibold">{title}</h3>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">Tab switches</dt>
          <dd data-testid="tab-switches">{signals.tabSwitches}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Window blurs</dt>
          <dd data-testid="window-blurs">{signals.windowBlurs}</dd>
        </div>
        {presence ? (
          <>
            <Metric label="Face in frame" testId="face-share" reliable={presence.faceInFrameShare.reliable} value={percent(presence.faceInFrameShare.value)} />
            <Metric label="Look-aways" testId="look-aways" reliable={presence.lookAwayCount.reliable} value={String(presence.lookAwayCount.value)} />
            <Metric
              label="Longest look-away"
              testId="longest-look-away"
              reliable={presence.longestLookAwayMs.reliable}
              value={`${(presence.longestLookAwayMs.value / 1000).toFixed(1)} s`}
            />
            <Metric label="Frames with more than one face" testId="multiple-faces" reliable={presence.multipleFacesFrames.reliable} value={String(presence.multipleFacesFrames.value)} />
          </>
        ) : null}
      </dl>
      {presence ? (
        <p data-testid="framing-hint">{HINTS[presence.framingHint.value] ?? presence.framingHint.value}</p>
      ) : (
        <p className="text-slate-500">Camera was off for this answer, so there are no presence signals.</p>
      )}
    </section>
  );
}

function Metric({ label, value, reliable, testId }: { label: string; value: string; reliable: boolean; testId: string }) {
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd data-testid={testId} data-reliable={reliable}>
        {reliable ? value : <span title={`Measured ${value}, but the signal was too weak to rely on.`}>Low confidence</span>}
      </dd>
    </div>
  );
}
