import { secondaryButton } from "@/components/ui/button-styles";

/** The results table's compare form: a plain GET to the compare page, so it works without JavaScript. */
export function CompareForm({ action, children }: { action: string; children: React.ReactNode }) {
  return (
    <form method="get" action={action} className="space-y-2">
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={secondaryButton}>
          Compare selected
        </button>
        <span className="text-sm text-slate-600">Tick 2 to 4 candidates to see their answers side by side.</span>
      </div>
    </form>
  );
}

/** One row's checkbox: repeated `ids` params, which the compare page reads as a list. */
export function CompareCheckbox({ inviteId, candidateName }: { inviteId: string; candidateName: string }) {
  return <input type="checkbox" name="ids" value={inviteId} aria-label={`Compare ${candidateName}`} className="size-4 accent-brand" />;
}
