/** Shown at the foot of every page while billing is off (no Stripe key): nothing is gated or counted on this deployment. */
export function BillingOffBanner() {
  return (
    <footer className="bg-slate-100 px-4 py-1 text-center text-xs text-slate-700" data-testid="billing-off-banner">
      <span className="sm:hidden">Billing is off: every feature is open.</span>
      <span className="hidden sm:inline">Billing is off on this deployment: every feature is open.</span>
    </footer>
  );
}
