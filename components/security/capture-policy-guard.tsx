"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { pageUsesCapture } from "@/lib/security/capture-paths";

const RELOADED_KEY = "rehearse:capture-policy-reload";

type PolicyDocument = Document & { featurePolicy?: { allowsFeature(feature: string): boolean } };

/**
 * Permissions-Policy belongs to the document, not the route: after a client-side navigation from a page that denies
 * the camera and microphone (sign-in, the home page), a practice page would still deny them, and the microphone check,
 * the recording fallback and the camera would all be refused. On a capture page whose document denies the microphone,
 * this loads the page again in full, once per path (a session flag stops a loop if the server ever sent the denial).
 * Chromium exposes the policy; other browsers let getUserMedia report a refusal itself. Rendered by the capture pages
 * themselves, so no other page ships it.
 */
export function CapturePolicyGuard() {
  const pathname = usePathname();
  useEffect(() => {
    if (!pageUsesCapture(pathname)) return;
    const policy = (document as PolicyDocument).featurePolicy;
    if (!policy || policy.allowsFeature("microphone")) {
      sessionStorage.removeItem(RELOADED_KEY);
      return;
    }
    try {
      if (sessionStorage.getItem(RELOADED_KEY) === pathname) return;
      sessionStorage.setItem(RELOADED_KEY, pathname);
    } catch {
      return; // no session storage: no way to stop a loop, so leave the refusal to getUserMedia's own message
    }
    window.location.replace(window.location.href);
  }, [pathname]);
  return null;
}
