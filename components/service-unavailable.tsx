/** Shown in place of a page whose data cannot be read right now (the database is not answering). */
export function ServiceUnavailable({ requestId }: { requestId: string }) {
  return (
    <section role="alert" className="mx-auto max-w-xl space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-xl font-semibold">Temporarily unavailable</h1>
      <p>
        We cannot reach our database right now, so this page cannot be shown. Nothing you saved is lost. Please try
        again in a minute.
      </p>
      <p className="text-sm text-slate-600">Reference: {requestId}</p>
    </section>
  );
}
