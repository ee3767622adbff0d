import type { Ref } from "react";

type TextFieldProps = {
  ref?: Ref<HTMLInputElement>;
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the label, e.g. what the field is for. */
  hint?: string;
  errors?: string[];
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
};

/** A labelled text input whose hint and errors are read with it (aria-describedby), and marked invalid on error. */
export function TextField({ ref, id, label, value, onChange, hint, errors = [], maxLength, required, autoComplete = "off" }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? `${id}-errors` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        ref={ref}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={maxLength}
        required={required}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy}
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600"
      />
      {errors.length ? (
        <ul id={`${id}-errors`} className="mt-1 text-sm text-red-700">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
