"use client";

import type { usePresenceTracker } from "@/components/presence/use-presence-tracker";

type Tracker = ReturnType<typeof usePresenceTracker>;

/** Camera opt-in, preview and on-device indicator. The camera stays off until the candidate turns it on. */
export function CameraPanel({ tracker }: { tracker: Tracker }) {
  const { status, error, videoRef, start, stop } = tracker;
  return (
    <section aria-labelledby="camera-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="camera-heading" className="font-semibold">
          Camera presence (optional)
        </h2>
        {status === "on" ? (
          <p className="flex items-center gap-2 text-sm text-green-800" data-testid="camera-indicator">
            <span aria-hidden className="h-2 w-2 rounded-full bg-green-600" />
            Camera on, processed on this device only
          </p>
        ) : null}
      </div>
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label="Your camera preview"
        className={`w-40 rounded border border-slate-200 ${status === "on" || status === "starting" ? "" : "hidden"}`}
      />
      {status === "unavailable" ? (
        <p className="text-sm text-slate-700" data-testid="presence-unavailable">
          {/* How to install the model is for operators: the server logs it at start (instrumentation.ts). */}
          Camera presence is not available on this server. Everything else works without it.
        </p>
      ) : null}
      {status === "denied" ? (
        <p role="alert" className="text-sm text-amber-900">
          Camera permission was refused. You can keep practising without it, or allow the camera in your browser and try again.
        </p>
      ) : null}
      {status === "error" ? (
        <p role="alert" className="text-sm text-red-700">
          The camera could not start{error ? `: ${error}` : "."} You can keep practising without it.
        </p>
      ) : null}
      <p className="text-sm text-slate-600">
        Face detection runs in your browser. No image, video frame or face data is sent anywhere; only the numbers below
        are kept, and only if you save the session.
      </p>
      {status === "on" || status === "starting" ? (
        <button type="button" onClick={stop} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          Turn camera off
        </button>
      ) : status !== "unavailable" ? (
        <button type="button" onClick={start} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm">
          Turn camera on
        </button>
      ) : null}
    </section>
  );
}
