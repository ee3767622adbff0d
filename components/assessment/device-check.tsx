"use client";

import { MicrophoneCheck } from "@/components/microphone/microphone-check";
import { primaryButton } from "@/components/ui/button-styles";
import type { Tracker } from "./proctoring/camera-strip";
import { StepHeading } from "./step-heading";

type Props = { microphone: boolean; camera: boolean; tracker: Tracker; onContinue: () => void };

/**
 * Before the questions: the microphone (when a question may be spoken) and the camera (when proctoring is on). The
 * camera itself is shown by the session below this step, so its preview carries on into the questions. Continuing
 * needs the camera on, unless it cannot be (not available here, refused, failed): then only page signals count.
 */
export function DeviceCheck({ microphone, camera, tracker, onContinue }: Props) {
  const waitingForCamera = camera && (tracker.status === "off" || tracker.status === "starting");
  return (
    <section aria-labelledby="device-check-heading" className="space-y-4" data-testid="assessment-device-check">
      <StepHeading id="device-check-heading">Check your set-up</StepHeading>
      <p className="text-slate-700">
        {microphone && camera
          ? "Test your microphone, then turn your camera on for proctoring."
          : microphone
            ? "Test your microphone so spoken answers work."
            : "Turn your camera on for proctoring."}
      </p>
      {microphone ? <MicrophoneCheck /> : null}
      {camera ? (
        <p className="text-sm text-slate-700">
          The camera is used only to count looking away, more than one face and your face leaving the picture, on this device.
          No video or image is sent or stored.
        </p>
      ) : null}
      <button type="button" onClick={onContinue} disabled={waitingForCamera} aria-describedby={waitingForCamera ? "device-check-hint" : undefined} className={primaryButton}>
        Continue
      </button>
      {waitingForCamera ? (
        <p id="device-check-hint" className="text-sm text-slate-600">
          Turn the camera on below to continue.
        </p>
      ) : null}
    </section>
  );
}
