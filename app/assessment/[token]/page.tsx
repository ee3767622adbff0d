import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { presenceModelUrl } from "@/lib/practice/presence-model";
import { CandidateAssessment } from "@/components/assessment/candidate-assessment";
import { CapturePolicyGuard } from "@/components/security/capture-policy-guard";

// The token is in the URL: no Referer carries it to another site, and no search engine keeps it.
export const metadata: Metadata = { title: "Assessment", referrer: "no-referrer", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * A candidate's assessment link; nobody signs in. The wrapper turns a malformed token into the not-found page; the
 * rest (unknown, expired, withdrawn, in use elsewhere, started, submitted) is the API's answer, read in the browser so
 * the device cookie (Path=/api/assessment/) goes with it.
 */
export default definePage({ name: "assessment.candidate", auth: "token" }, async (_ctx, props: Props) => {
  const { token } = await props.params;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <CapturePolicyGuard />
      <CandidateAssessment token={token} modelUrl={presenceModelUrl()} />
    </div>
  );
});
