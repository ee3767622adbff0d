/** A malformed or unknown assessment link: one plain sentence, nothing about any organisation. */
export default function AssessmentLinkNotFound() {
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold">This link does not work</h1>
      <p className="text-slate-700">Check that you copied all of it, or ask whoever sent it for a new one.</p>
    </div>
  );
}
