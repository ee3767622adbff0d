import Link from "next/link";

export default function LandingPage() {
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">Rehearse your next interview, out loud.</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Save your context once, score your answers against STAR with suggestions that quote your own words, and check
          your on-camera presence with signals computed in your browser. No camera frame ever leaves your device.
        </p>
        {/* The signed-in pages do not prefetch: a visitor is mostly signed out, and would prefetch a redirect. */}
        <div className="flex flex-wrap gap-3">
          <Link prefetch={false} href="/profile" className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
            Start practising
          </Link>
          <Link prefetch={false} href="/practice" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
            Practice dashboard
          </Link>
          <Link href="/tools/star-scorer" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
            Try the free STAR scorer
          </Link>
        </div>
      </section>
      <section className="grid gap-4 sm:grid-cols-3">
        {[
          ["Your context", "Save your CV text, target role and goals, and clear any field on its own whenever you like."],
          ["Honest feedback", "A score for each STAR part, each sentence marked, and specific suggestions quoting your answer."],
          ["Private by design", "Presence signals are computed on your device; only numbers are kept, never images."],
        ].map(([title, body]) => (
          <div key={title} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{title}</h2>
            <p className="mt-1 text-sm text-slate-600">{body}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
