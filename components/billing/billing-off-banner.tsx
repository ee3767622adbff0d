/** Shown on every page while billing is off (no Stripe key): nothing is gated or counted on this deployment. */
export function BillingOffBanner() {
  return (
    <p className="bg-slate-100 px-4 py-0.5 text-center text-xs text-slate-700" data-testid="billing-off-banner">
      {/* One short line on a phone, so the page itself still starts near the top. */}
      <span className="sm:hidden">Billing is off: every feature is open.</span>
      <span className="hidden sm:inline">Billing is off on this deployment: every feature is open.</span>
    </p>
  );
}
