"use client";

import { useState } from "react";
import { primaryButton } from "@/components/ui/button-styles";
import { StepHeading } from "./step-heading";

/** The warm-up before the real questions. Its answer stays in this page's memory: it is never sent or stored. */
export function PracticeQuestion({ text, onContinue }: { text: string; onContinue: () => void }) {
  const [answer, setAnswer] = useState("");
  return (
    <section aria-labelledby="practice-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="assessment-practice">
      <div className="space-y-1">
        <p className="text-sm font-medium text-slate-600">Practice question (not saved)</p>
        <StepHeading id="practice-heading">
          <span className="text-xl">{text}</span>
        </StepHeading>
      </div>
      <p className="text-sm text-slate-700">Try the answer box here. This answer is not sent anywhere and no time limit applies.</p>
      <div>
        <label htmlFor="practice-answer" className="block font-medium">
          Your practice answer
        </label>
        <textarea id="practice-answer" rows={5} value={answer} onChange={(event) => setAnswer(event.target.value)} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      </div>
      <button type="button" onClick={onContinue} className={primaryButton}>
        Start the real questions
      </button>
    </section>
  );
}
