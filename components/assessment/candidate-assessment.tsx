"use client";

import { useState } from "react";
import { screenFor } from "@/lib/assessments/client/candidate-flow";
import { AssessmentSession } from "./assessment-session";
import { LandingPage } from "./landing/landing-page";
import { LinkLoading, LinkProblem, OtherDeviceNotice } from "./link-notices";
import { ThankYouPage } from "./thank-you/thank-you-page";
import { useCandidateView } from "./use-candidate-api";

/**
 * A candidate's assessment link, from the first visit to the thank-you page. Which screen shows is decided by the
 * API's answer (lib/assessments/client/candidate-flow.ts); start and submit reload it.
 */
export function CandidateAssessment({ token, modelUrl }: { token: string; modelUrl: string | null }) {
  const { result, reload } = useCandidateView(token);
  const [otherDevice, setOtherDevice] = useState(false);
  const screen = otherDevice ? { screen: "other-device" as const } : screenFor(result);

  switch (screen.screen) {
    case "loading":
      return <LinkLoading />;
    case "link-problem":
      return <LinkProblem message={screen.message} onRetry={result && !result.ok && result.status !== 404 && result.status !== 410 ? () => void reload() : undefined} />;
    case "other-device":
      return <OtherDeviceNotice />;
    case "thank-you":
      return <ThankYouPage token={token} receipt={screen.receipt} />;
    case "landing":
      return result?.ok && result.view.device !== "other" ? <LandingPage token={token} view={result.view} onStarted={() => void reload()} onOtherDevice={() => setOtherDevice(true)} /> : null;
    case "in-progress":
      return result?.ok && result.view.device !== "other" ? <AssessmentSession token={token} view={result.view} modelUrl={modelUrl} onSubmitted={() => void reload()} /> : null;
  }
}
