import type { Metadata } from "next";
import { definePage } from "@/lib/api/define-page";
import { presenceModelUrl } from "@/lib/practice/presence-model";
import { PracticeRoom } from "@/components/practice/practice-room";
import { CapturePolicyGuard } from "@/components/security/capture-policy-guard";

export const metadata: Metadata = { title: "Practice room" };

export default definePage({ name: "practice.warm-up", auth: "user", returnTo: () => "/practice/warm-up" }, async () => {
  return (
    <div className="space-y-6">
      <CapturePolicyGuard />
      <div>
        <h1 className="text-2xl font-semibold">Practice room</h1>
        <p className="mt-1 text-slate-600">
          Check your set-up: test your microphone and listen back, and try a warm-up answer. Turn the camera on to see
          presence signals; it is optional.
        </p>
      </div>
      <PracticeRoom modelUrl={presenceModelUrl()} />
    </div>
  );
});
