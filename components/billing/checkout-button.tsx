"use client";

import { primaryButton } from "@/components/ui/button-styles";
import { FormAlerts } from "@/components/ui/form-alerts";
import { type CheckoutRequest, type PortalRequest, useCheckout } from "./use-checkout";

type CheckoutButtonProps = { label: string; request?: CheckoutRequest | PortalRequest };

/** "Upgrade to Pro" (the candidate's checkout) by default, or "Manage billing" with a portal request. */
export function CheckoutButton({ label, request = { plan: "candidate_pro" } }: CheckoutButtonProps) {
  const checkout = useCheckout();
  return (
    <div className="space-y-2">
      <button type="button" className={primaryButton} disabled={checkout.pending} onClick={() => checkout.start(request)}>
        {checkout.pending ? "Opening Stripe…" : label}
      </button>
      <FormAlerts error={checkout.error} limited={checkout.limited} />
    </div>
  );
}
