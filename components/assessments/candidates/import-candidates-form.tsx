"use client";

import { useId, useState } from "react";
import { FormAlerts } from "@/components/ui/form-alerts";
import { SubmitButton } from "@/components/ui/submit-button";
import { SentCandidateLinks } from "./sent-candidate-links";
import { useCandidateInvites } from "./use-candidate-invites";

/** A CSV file is read here, in the browser, into the same text a paste gives; the server reads both alike. */
const MAX_FILE_BYTES = 50_000;

/** The server's per-line messages in line order ("list" first), for the list under the text box. */
function lineErrors(fields: Record<string, string[]>): string[] {
  const order = (key: string) => (key === "list" ? 0 : Number(key.replace(/^line /, "")) || Number.MAX_SAFE_INTEGER);
  return Object.keys(fields)
    .filter((key) => key === "list" || key.startsWith("line "))
    .sort((a, b) => order(a) - order(b))
    .flatMap((key) => fields[key]!.map((message) => (key === "list" ? message : `Line ${key.slice(5)}: ${message}`)));
}

/** Invites up to 100 candidates from a pasted list or a CSV file; nothing is sent unless every line is right. */
export function ImportCandidatesForm({ slug, assessmentId }: { slug: string; assessmentId: string }) {
  const id = useId();
  const [csv, setCsv] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const sending = useCandidateInvites(slug, assessmentId);
  const errors = lineErrors(sending.fields);

  async function readFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileError("That file is too large: at most 100 rows of name, email.");
    setCsv(await file.text());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (await sending.invite({ csv })) setCsv("");
  }

  const describedBy = [`${id}-hint`, errors.length ? `${id}-errors` : null].filter(Boolean).join(" ");
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} aria-busy={sending.pending} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Invite a list
      </h2>
      <div className="space-y-1">
        <label htmlFor={`${id}-csv`} className="block font-medium">
          Candidates, one per line
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          Name, then email, separated by a comma (a header row is optional). Up to 100 lines. If any line is wrong, nobody is invited.
        </p>
        <textarea
          id={`${id}-csv`}
          rows={6}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy}
          placeholder={"Ana Lima, ana@example.com\nBo Chen, bo@example.com"}
          className="w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-file`} className="block font-medium">
          Or choose a CSV file
        </label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void readFile(event)} className="block w-full text-sm" />
        {fileError ? (
          <p role="alert" className="text-sm text-red-700">
            {fileError}
          </p>
        ) : null}
      </div>
      {errors.length ? (
        <ul id={`${id}-errors`} className="list-disc space-y-1 pl-5 text-sm text-red-700">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <SubmitButton pending={sending.pending} pendingLabel="Sending…">
        Invite everyone on the list
      </SubmitButton>
      <FormAlerts error={sending.error} limited={sending.limited} upgradeUrl={sending.upgradeUrl} />
      <SentCandidateLinks sent={sending.sent} />
    </form>
  );
}
