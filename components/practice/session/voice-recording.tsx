"use client";

import { LevelMeter } from "@/components/microphone/level-meter";
import { useClipUrl } from "@/components/microphone/use-recorder";
import { formatDuration } from "@/lib/practice/client/timer";
import { untranscribedNote } from "@/lib/practice/client/voice-messages";
import { useNow } from "./timers";
import type { UntranscribedClip } from "./use-voice-capture";

/** While recording: the level meter, so the candidate sees the microphone works, and how long they have spoken. */
export function RecordingStatus({ stream, startedAt }: { stream: MediaStream | null; startedAt: number | null }) {
  const now = useNow(250);
  return (
    <div className="space-y-1">
      <p className="text-slate-700">
        Recording{" "}
        <span className="font-mono" role="timer" aria-live="off" data-testid="recording-time">
          {formatDuration(startedAt === null || now === null ? 0 : now - startedAt)}
        </span>
      </p>
      <LevelMeter stream={stream} />
    </div>
  );
}

/** A recording without text: why, what to do, and the clip to play back while typing what was said. */
export function UntranscribedRecording({ clip }: { clip: UntranscribedClip }) {
  const url = useClipUrl(clip.blob);
  return (
    <div className="space-y-2 rounded-md bg-amber-50 p-3 text-amber-900">
      <p data-testid="voice-untranscribed">{untranscribedNote(clip.reason, formatDuration(clip.durationMs))}</p>
      {url ? <audio controls src={url} aria-label="Your recording" className="w-full max-w-sm" /> : null}
    </div>
  );
}
