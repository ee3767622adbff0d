import { UpgradeLink } from "./upgrade-link";

type FormAlertsProps = {
  error: string | null;
  limited: string | null;
  /** On a 402: where to upgrade, linked after the error. */
  upgradeUrl?: string;
  errorTestId?: string;
};

/**
 * The two messages a form can end with: an error (the request was refused or failed, with an upgrade link when the
 * plan was the reason) and a rate-limit notice with the wait. Both are alerts, so screen readers announce them.
 */
export function FormAlerts({ error, limited, upgradeUrl, errorTestId }: FormAlertsProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm text-red-700" data-testid={errorTestId}>
          {error}
          {upgradeUrl ? <UpgradeLink href={upgradeUrl} /> : null}
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
