"use client";

import { useId, useState } from "react";
import { primaryButton } from "@/components/ui/button-styles";
import { useApiMutation } from "@/lib/practice/client/use-api-mutation";
import { candidateApiBase } from "../use-candidate-api";
import { jsonBody } from "@/lib/practice/client/api-request";

type Props = { token: string; consentVersion: string; organisationName: string; onStarted: (attemptId: string) => void; onOtherDevice: () => void };

/** Consent, then Start: nothing is collected before both. Another browser that started first gets a 409. */
export function ConsentStart({ token, consentVersion, organisationName, onStarted, onOtherDevice }: Props) {
  const id = useId();
  const [agreed, setAgreed] = useState(false);
  const [missing, setMissing] = useState(false);
  const start = useApiMutation<{ attemptId?: string }>({ failed: "We could not start the assessment.", offline: "We could not reach the server. Check your connection and try again." });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!agreed) {
      setMissing(true);
      document.getElementById(`${id}-consent`)?.focus();
      return;
    }
    const result = await start.mutate(`${candidateApiBase(token)}/start`, { method: "POST", credentials: "same-origin", ...jsonBody({ consentVersion }) });
    if (!result) return;
    if (!result.ok && result.status === 409) onOtherDevice();
    else if (result.ok && typeof result.body?.attemptId === "string") onStarted(result.body.attemptId);
  }

  const error = missing && !agreed ? "Tick the box to agree before you start." : start.message;
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={start.pending}>
      <div className="flex items-start gap-3">
        <input
          id={`${id}-consent`}
          type="checkbox"
          checked={agreed}
          onChange={(event) => setAgreed(event.target.checked)}
          aria-invalid={missing && !agreed}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-5 w-5 accent-brand"
        />
        <label htmlFor={`${id}-consent`} className="text-sm">
          I have read what is collected and agree that {organisationName} may keep and review it as described above.
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700" data-testid="assessment-start-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className={`${primaryButton} w-full sm:w-auto`} disabled={start.pending}>
        {start.pending ? "Starting…" : "Start the assessment"}
      </button>
      <p className="text-xs text-slate-600">Once started, this link works only in this browser. You can leave and come back until the deadline.</p>
    </form>
  );
}
