/**
 * The two messages a form can end with: an error (the request was refused or failed) and a rate-limit notice with
 * the wait. Both are alerts, so screen readers announce them when they appear.
 */
export function FormAlerts({ error, limited, errorTestId }: { error: string | null; limited: string | null; errorTestId?: string }) {
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm text-red-700" data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
      {limited ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-testid="rate-limited">
          {limited}
        </p>
      ) : null}
    </>
  );
}
