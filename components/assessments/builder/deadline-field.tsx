"use client";

import { MAX_DEADLINE_DAYS, MIN_DEADLINE_DAYS } from "@/lib/assessments/assessment-rules";

/** The deadline as the form holds it: days as text (so the field can be emptied), the fixed date as a local date-time. */
export type DeadlineDraft = { kind: "days" | "fixed"; days: string; at: string };

type Props = { id: string; value: DeadlineDraft; onChange: (value: DeadlineDraft) => void; errors?: string[]; disabled?: boolean };

/** A fixed date, or a number of days after each invite is sent, chosen with two radio buttons. */
export function DeadlineField({ id, value, onChange, errors = [], disabled }: Props) {
  const describedBy = errors.length ? `${id}-errors` : undefined;
  return (
    <fieldset className="space-y-2" disabled={disabled} aria-describedby={describedBy}>
      <legend className="font-medium">Deadline</legend>
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="radio"
          id={`${id}-days`}
          name={`${id}-kind`}
          checked={value.kind === "days"}
          onChange={() => onChange({ ...value, kind: "days" })}
        />
        <label htmlFor={`${id}-days`}>Days after each invite</label>
        <label htmlFor={`${id}-days-count`} className="sr-only">
          Number of days
        </label>
        <input
          id={`${id}-days-count`}
          type="number"
          inputMode="numeric"
          min={MIN_DEADLINE_DAYS}
          max={MAX_DEADLINE_DAYS}
          value={value.days}
          disabled={disabled || value.kind !== "days"}
          onChange={(event) => onChange({ ...value, days: event.target.value })}
          className="w-20 rounded-md border border-slate-300 px-2 py-1"
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="radio"
          id={`${id}-fixed`}
          name={`${id}-kind`}
          checked={value.kind === "fixed"}
          onChange={() => onChange({ ...value, kind: "fixed" })}
        />
        <label htmlFor={`${id}-fixed`}>A fixed date</label>
        <label htmlFor={`${id}-at`} className="sr-only">
          Deadline date and time
        </label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={value.at}
          disabled={disabled || value.kind !== "fixed"}
          onChange={(event) => onChange({ ...value, at: event.target.value })}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </div>
      {errors.length ? (
        <ul id={`${id}-errors`} className="text-sm text-red-700">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** The request's deadline from the form's: the local date-time read in the browser's time zone. */
export function deadlineInput(value: DeadlineDraft) {
  if (value.kind === "days") return { kind: "days" as const, days: Number(value.days) };
  const at = new Date(value.at);
  return { kind: "fixed" as const, at: Number.isNaN(at.getTime()) ? value.at : at.toISOString() };
}

/** The form's deadline from a stored one (a fixed date shown in the browser's time zone). */
export function deadlineDraft(deadline: { kind: "days"; days: number } | { kind: "fixed"; at: string }): DeadlineDraft {
  if (deadline.kind === "days") return { kind: "days", days: String(deadline.days), at: "" };
  const at = new Date(deadline.at);
  const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  return { kind: "fixed", days: "7", at: local };
}
