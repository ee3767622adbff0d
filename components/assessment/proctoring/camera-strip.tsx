"use client";

import type { usePresenceTracker } from "@/components/presence/use-presence-tracker";
import { secondaryButton } from "@/components/ui/button-styles";

export type Tracker = ReturnType<typeof usePresenceTracker>;

/**
 * The camera for proctoring: its preview, an "on" indicator and the switch. Rendered once for the whole session, so the
 * <video> the tracker reads stays mounted from the device check to the last question.
 */
export function CameraStrip({ tracker, compact = false }: { tracker: Tracker; compact?: boolean }) {
  const { status, error, videoRef, start, stop } = tracker;
  const on = status === "on" || status === "starting";
  return (
    <section aria-label="Camera" className={`rounded-lg border border-slate-200 bg-white p-3 ${compact ? "flex flex-wrap items-center gap-3" : "space-y-3"}`}>
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label="Your camera preview"
        className={`rounded border border-slate-200 ${compact ? "w-20" : "w-40"} ${on ? "" : "hidden"}`}
      />
      <div className="min-w-0 space-y-2 text-sm">
        <p className={status === "on" ? "text-green-800" : "text-slate-700"} data-testid="assessment-camera-status">
          {status === "on"
            ? "Camera on, processed on this device only."
            : status === "starting"
              ? "Starting the camera…"
              : status === "unavailable"
                ? "Camera signals are not available on this server; tab and window signals are still counted."
                : "Camera off: camera signals are not counted."}
        </p>
        {status === "denied" ? (
          <p role="alert" className="text-amber-900">
            Camera permission was refused. Allow the camera in your browser&apos;s site settings and turn it on again.
          </p>
        ) : null}
        {status === "error" ? (
          <p role="alert" className="text-red-700">
            The camera could not start{error ? `: ${error}` : "."}
          </p>
        ) : null}
        {on ? (
          <button type="button" onClick={stop} className={secondaryButton}>
            Turn camera off
          </button>
        ) : status !== "unavailable" ? (
          <button type="button" onClick={() => void start()} className={secondaryButton}>
            Turn camera on
          </button>
        ) : null}
      </div>
    </section>
  );
}
