"use client";

import { useEffect, useId, useState } from "react";
import { Label } from "radix-ui";
import { clearProfileFieldAction, saveProfileAction } from "@/app/profile/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { useLimitedActionState } from "@/lib/api/use-limited-action-state";
import { PROFILE_FIELD_LABELS, PROFILE_LIMITS, type ProfileField } from "@/lib/profile/profile-fields";

type Values = Record<ProfileField, string>;

const HINTS: Record<ProfileField, string> = {
  cvText: "Paste the text of your CV. Plain text is enough.",
  targetRole: "For example: Senior backend engineer, Product manager.",
  goals: "What you want to get better at, in your own words.",
};

export function ProfileForm({ initial, updatedAt }: { initial: Values; updatedAt: string | null }) {
  const [values, setValues] = useState<Values>(initial);
  // Measured before sending: a paste past 1 MB gets a message here instead of a request Next would answer with a 500.
  const [saveState, save, saving] = useLimitedActionState(saveProfileAction);
  const [clearState, clear, clearing] = useLimitedActionState(clearProfileFieldAction);

  useEffect(() => {
    const field = (clearState.data as { field?: ProfileField } | undefined)?.field;
    if (clearState.status === "success" && field) setValues((current) => ({ ...current, [field]: "" }));
  }, [clearState]);

  // Both actions report into one live region; whichever ran last speaks.
  const [lastAction, setLastAction] = useState<"save" | "clear">("save");
  // Only the field's name is sent: clearing an over-long CV must not need the CV to fit in the request.
  const clearField = (field: ProfileField) => () => {
    setLastAction("clear");
    const formData = new FormData();
    formData.set("field", field);
    clear(formData);
  };
  const latest = lastAction === "clear" ? clearState : saveState;
  const busy = saving || clearing;

  return (
    <form
      action={(formData) => {
        setLastAction("save");
        save(formData);
      }}
      className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      noValidate
    >
      <Field name="targetRole" values={values} setValues={setValues} errors={saveState.fields?.targetRole} busy={busy} clear={clearField} />
      <Field name="cvText" rows={10} values={values} setValues={setValues} errors={saveState.fields?.cvText} busy={busy} clear={clearField} />
      <Field name="goals" rows={4} values={values} setValues={setValues} errors={saveState.fields?.goals} busy={busy} clear={clearField} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={saving} pendingLabel="Saving…" disabled={busy}>
          Save profile
        </SubmitButton>
        <p role="status" aria-live="polite" data-testid="profile-status" className={latest.status === "error" ? "text-red-700" : "text-green-700"}>
          {latest.message ?? (updatedAt ? `Last saved ${new Date(updatedAt).toLocaleString("en-GB")}` : "")}
        </p>
      </div>
    </form>
  );
}

type FieldProps = {
  name: ProfileField;
  rows?: number;
  values: Values;
  setValues: (update: (current: Values) => Values) => void;
  errors?: string[];
  busy: boolean;
  clear: (field: ProfileField) => () => void;
};

function Field({ name, rows, values, setValues, errors, busy, clear }: FieldProps) {
  const id = useId();
  const limit = PROFILE_LIMITS[name];
  const length = values[name].length;
  const over = length > limit;
  const messages = [...(errors ?? []), ...(over && !errors?.length ? [`${PROFILE_FIELD_LABELS[name]} must be at most ${limit.toLocaleString("en-GB")} characters.`] : [])];
  const describedBy = `${id}-hint ${id}-count${messages.length ? ` ${id}-error` : ""}`;
  const common = {
    id,
    name,
    value: values[name],
    "aria-describedby": describedBy,
    "aria-invalid": messages.length > 0,
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
    className: `mt-1 w-full rounded-md border px-3 py-2 ${messages.length ? "border-red-600" : "border-slate-300"}`,
  };
  return (
    <div>
      <div className="flex items-end justify-between gap-2">
        <Label.Root htmlFor={id} className="font-medium">
          {PROFILE_FIELD_LABELS[name]}
        </Label.Root>
        <button
          type="submit"
          formAction={clear(name)}
          disabled={busy || values[name] === ""}
          className="text-sm text-slate-600 underline disabled:no-underline disabled:opacity-50"
          aria-label={`Clear ${PROFILE_FIELD_LABELS[name]}`}
        >
          Clear
        </button>
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-500">
        {HINTS[name]}
      </p>
      {rows ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
      <p id={`${id}-count`} className={`text-right text-xs ${over ? "text-red-700" : "text-slate-500"}`}>
        {length.toLocaleString("en-GB")} / {limit.toLocaleString("en-GB")}
      </p>
      {messages.length ? (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid={`${name}-error`}>
          {messages[0]}
        </p>
      ) : null}
    </div>
  );
}
