/** A labelled 0–100 bar: the number is in the text, the bar is a meter for assistive technology. */
export function ScoreBar({ label, score, testId }: { label: string; score: number; testId?: string }) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <div>
      <div className="flex justify-between gap-2 text-sm">
        <span className="font-medium">{label}</span>
        <span data-testid={testId}>{value}/100</span>
      </div>
      <div
        className="mt-1 h-2 rounded bg-slate-200"
        role="meter"
        aria-label={`${label} score`}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={`${value} out of 100`}
      >
        <div className="h-2 rounded bg-brand" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}

/** h2–h4 by level, so a card reads correctly whether it stands alone or sits under a question heading. */
export function Heading({ level, id, className, children }: { level: 2 | 3 | 4; id?: string; className?: string; children: React.ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
