"use client";

import { useId, useState } from "react";
import { primaryButton } from "@/components/ui/button-styles";
import { FormAlerts } from "@/components/ui/form-alerts";
import { useCheckout } from "./use-checkout";

const MAX_SEATS = 500;

type TeamCheckoutFormProps = { organisations: { name: string; slug: string }[] };

/** Seats of the Team plan for one of the organisations the visitor owns: picks the organisation and the seat count. */
export function TeamCheckoutForm({ organisations }: TeamCheckoutFormProps) {
  const id = useId();
  const checkout = useCheckout();
  const [orgSlug, setOrgSlug] = useState(organisations[0]?.slug ?? "");
  const [seats, setSeats] = useState("1");
  const seatCount = Number(seats);
  const valid = orgSlug !== "" && Number.isInteger(seatCount) && seatCount >= 1 && seatCount <= MAX_SEATS;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (valid) void checkout.start({ plan: "team", orgSlug, seats: seatCount });
  }

  return (
    <form onSubmit={submit} className="space-y-3" aria-label="Buy Team seats">
      <div>
        <label htmlFor={`${id}-org`} className="block text-sm font-medium">
          Organisation
        </label>
        <select id={`${id}-org`} value={orgSlug} onChange={(e) => setOrgSlug(e.target.value)} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1">
          {organisations.map((organisation) => (
            <option key={organisation.slug} value={organisation.slug}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-seats`} className="block text-sm font-medium">
          Seats (owners, managers and reviewers each take one)
        </label>
        <input
          id={`${id}-seats`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_SEATS}
          value={seats}
          onChange={(e) => setSeats(e.target.value)}
          className="mt-1 w-28 rounded-md border border-slate-300 px-2 py-1"
        />
      </div>
      <button type="submit" className={primaryButton} disabled={!valid || checkout.pending}>
        {checkout.pending ? "Opening checkout…" : "Buy Team seats"}
      </button>
      <button
        type="button"
        className="ml-3 text-sm font-medium text-brand underline underline-offset-2"
        disabled={orgSlug === "" || checkout.pending}
        onClick={() => void checkout.start({ portal: "team", orgSlug })}
      >
        Manage this organisation&apos;s billing
      </button>
      <FormAlerts error={checkout.error} limited={checkout.limited} />
    </form>
  );
}
