/** Shown on every page while billing is off (no Stripe key): nothing is gated or counted on this deployment. */
export function BillingOffBanner() {
  return (
    <p className="bg-slate-100 px-4 py-1 text-center text-xs text-slate-700" data-testid="billing-off-banner">
      Billing is off on this deployment: every feature is open.
    </p>
  );
}
