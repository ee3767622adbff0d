"use client";

import { primaryButton } from "@/components/ui/button-styles";
import { FormAlerts } from "@/components/ui/form-alerts";
import { useCheckout } from "./use-checkout";

/** "Upgrade to Pro": starts the candidate's checkout. */
export function CheckoutButton({ label }: { label: string }) {
  const checkout = useCheckout();
  return (
    <div className="space-y-2">
      <button type="button" className={primaryButton} disabled={checkout.pending} onClick={() => checkout.start({ plan: "candidate_pro" })}>
        {checkout.pending ? "Opening checkout…" : label}
      </button>
      <FormAlerts error={checkout.error} limited={checkout.limited} />
    </div>
  );
}
