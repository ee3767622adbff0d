import { Label } from "radix-ui";
import { JOB_DESCRIPTION_MAX_CHARS } from "@/lib/practice/questions/limits";
import { MAX_QUESTIONS, MIN_QUESTIONS } from "@/lib/practice/questions/types";

type FieldProps = { id: string; value: string; onChange: (value: string) => void; errors: string[] };

const chars = (n: number) => n.toLocaleString("en-GB");

/** How many questions, with its range and the first server error. */
export function QuestionCountField({ id, value, onChange, errors }: FieldProps) {
  return (
    <div>
      <Label.Root htmlFor={`${id}-count`} className="block font-medium">
        Number of questions
      </Label.Root>
      <p id={`${id}-count-hint`} className="text-sm text-slate-500">
        From {MIN_QUESTIONS} to {MAX_QUESTIONS}. Each takes a few minutes; a session is capped at 60 minutes.
      </p>
      <input
        id={`${id}-count`}
        name="count"
        type="number"
        inputMode="numeric"
        min={MIN_QUESTIONS}
        max={MAX_QUESTIONS}
        step={1}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-count-hint${errors.length ? ` ${id}-count-error` : ""}`}
        className={`mt-1 w-24 rounded-md border px-3 py-2 ${errors.length ? "border-red-600" : "border-slate-300"}`}
      />
      {errors.length ? (
        <p id={`${id}-count-error`} className="mt-1 text-sm text-red-700" data-testid="count-error">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

/** The optional job description, with a live character count against its limit. */
export function JobDescriptionField({ id, value, onChange, errors, tooLong }: FieldProps & { tooLong: boolean }) {
  return (
    <div>
      <Label.Root htmlFor={`${id}-jd`} className="block font-medium">
        Job description (optional)
      </Label.Root>
      <p id={`${id}-jd-hint`} className="text-sm text-slate-500">
        Paste the advert to aim the questions at it. Up to {chars(JOB_DESCRIPTION_MAX_CHARS)} characters.
      </p>
      <textarea
        id={`${id}-jd`}
        name="jobDescription"
        rows={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors.length > 0}
        aria-describedby={`${id}-jd-hint ${id}-jd-count${errors.length ? ` ${id}-jd-error` : ""}`}
        className={`mt-1 w-full rounded-md border px-3 py-2 ${errors.length ? "border-red-600" : "border-slate-300"}`}
      />
      <p id={`${id}-jd-count`} className={`text-right text-xs ${tooLong ? "text-red-700" : "text-slate-500"}`}>
        {chars(value.length)} / {chars(JOB_DESCRIPTION_MAX_CHARS)}
      </p>
      {errors.length ? (
        <p id={`${id}-jd-error`} className="text-sm text-red-700" data-testid="job-description-error">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}
