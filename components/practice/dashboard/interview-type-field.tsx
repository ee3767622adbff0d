import { INTERVIEW_TYPES, type InterviewType } from "@/lib/practice/questions/types";
import { INTERVIEW_TYPE_LABELS } from "./format";

const TYPE_HINTS: Record<InterviewType, string> = {
  behavioural: "Past situations: conflict, leadership, failure, ownership.",
  role_specific: "The craft of your target role.",
  mixed: "A blend of both.",
};

type InterviewTypeFieldProps = { id: string; value: InterviewType; onChange: (value: InterviewType) => void; errors: string[] };

/** The interview type as three radio cards, each named by its label and described by its hint. */
export function InterviewTypeField({ id, value: selected, onChange, errors }: InterviewTypeFieldProps) {
  return (
    <fieldset aria-describedby={errors.length ? `${id}-type-error` : undefined}>
      <legend className="font-medium">Interview type</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-3">
        {INTERVIEW_TYPES.map((value) => (
          <label
            key={value}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-3 has-checked:border-brand has-checked:bg-indigo-50 has-focus-visible:ring-2 has-focus-visible:ring-brand"
          >
            <input
              type="radio"
              name="type"
              value={value}
              checked={selected === value}
              onChange={() => onChange(value)}
              // The name alone is the accessible name; the hint is read as a description.
              aria-labelledby={`${id}-type-${value}-name`}
              aria-describedby={`${id}-type-${value}`}
              className="mt-1 accent-brand"
            />
            <span>
              <span id={`${id}-type-${value}-name`} className="block font-medium">
                {INTERVIEW_TYPE_LABELS[value]}
              </span>
              <span id={`${id}-type-${value}`} className="block text-sm text-slate-600">
                {TYPE_HINTS[value]}
              </span>
            </span>
          </label>
        ))}
      </div>
      {errors.length ? (
        <p id={`${id}-type-error`} className="mt-1 text-sm text-red-700">
          {errors[0]}
        </p>
      ) : null}
    </fieldset>
  );
}
