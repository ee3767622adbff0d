"use client";

import { useEffect, useRef } from "react";
import { recordDeviceConsentAction } from "@/app/profile/privacy/actions";

/**
 * Records the user's consent to the camera or microphone the first time, on this page, that they turn it on in
 * practice (the server skips it when their current answer is already a grant), so the privacy settings page lists it
 * and a withdrawal there is answered by the next time they choose to turn it on. A failure is not the user's concern.
 */
export function useDeviceConsent(kind: "camera" | "microphone", active: boolean): void {
  const recorded = useRef(false);
  useEffect(() => {
    if (!active || recorded.current) return;
    recorded.current = true;
    recordDeviceConsentAction({ kind }).catch(() => undefined);
  }, [active, kind]);
}
