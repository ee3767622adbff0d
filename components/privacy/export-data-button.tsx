"use client";

import { useState } from "react";
import { secondaryButton } from "@/components/ui/button-styles";
import { FormAlerts } from "@/components/ui/form-alerts";

const EXPORT_URL = "/api/account/export";

type ExportState = { status: "idle" | "preparing" | "done" } | { status: "error"; message: string };

/** The file name the server chose (Content-Disposition), or a dated default. */
function filenameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "");
  return match?.[1] ?? `rehearse-export-${new Date().toISOString().slice(0, 10)}.zip`;
}

async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? "The export could not be prepared. Please try again.";
}

/** Saves a downloaded file under `name` through a temporary link, the one way a script can start a download. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * "Download my data": fetches the export (a ZIP of JSON files with a README) and saves it. Fetched rather than
 * linked so the page can say it is being prepared and show a refusal (the hourly limit) instead of saving it as a file.
 */
export function ExportDataButton() {
  const [state, setState] = useState<ExportState>({ status: "idle" });

  async function download() {
    setState({ status: "preparing" });
    try {
      const response = await fetch(EXPORT_URL, { cache: "no-store" });
      if (!response.ok) return setState({ status: "error", message: await refusalOf(response) });
      save(await response.blob(), filenameOf(response));
      setState({ status: "done" });
    } catch {
      setState({ status: "error", message: "The download was interrupted. Please try again." });
    }
  }

  return (
    <section aria-labelledby="your-data-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="your-data-heading" className="text-lg font-semibold">
        Your data
      </h2>
      <p className="text-sm text-slate-600">
        Download everything Rehearse holds about you: your account, profile, practice sessions with answers and feedback,
        consents, sign-ins, activity log and organisation memberships, as JSON files with a README explaining each.
      </p>
      <button type="button" className={secondaryButton} onClick={download} disabled={state.status === "preparing"}>
        {state.status === "preparing" ? "Preparing your export…" : "Download my data"}
      </button>
      <p aria-live="polite" className="text-sm text-slate-600">
        {state.status === "done" ? "Your export has been downloaded." : null}
      </p>
      <FormAlerts error={state.status === "error" ? state.message : null} limited={null} />
    </section>
  );
}
