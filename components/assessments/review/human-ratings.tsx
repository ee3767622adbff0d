import type { ReviewRatings } from "@/lib/assessments/review/review-detail";

/** The team's ratings of one answer, shown above the AI's score: the average, then each other reviewer's with their note. */
export function HumanRatings({ ratings }: { ratings: ReviewRatings }) {
  return (
    <section aria-label="Reviewers' ratings" className="rounded-md border border-slate-200 p-3">
      <p className="font-medium">
        Reviewers&apos; rating:{" "}
        {ratings.average === null ? (
          <span className="font-normal text-slate-600">not rated yet</span>
        ) : (
          <span>
            {ratings.average} / 5 <span className="font-normal text-slate-600">({ratings.count} rating{ratings.count === 1 ? "" : "s"})</span>
          </span>
        )}
      </p>
      {ratings.others.length ? (
        <ul className="mt-2 space-y-2 text-sm">
          {ratings.others.map((other) => (
            <li key={`${other.reviewerName}-${other.updatedAt}`} className="break-words">
              <span className="font-medium">{other.reviewerName}</span>: {other.rating === null ? "no rating" : `${other.rating} / 5`}
              {other.note ? <p className="mt-0.5 whitespace-pre-wrap text-slate-700">{other.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
