/**
 * The results table's query (`?sort=&dir=&status=&tier=&page=`), shared by the JSON route, the CSV export and the
 * page. Empty values (a filter form left on "All") mean unset.
 */
import { z } from "zod";
import { CANDIDATE_INVITE_STATES } from "@/lib/assessments/invites/invite-state";
import { INTEGRITY_TIERS } from "./integrity-tier";

export const RESULT_SORTS = ["candidate", "submitted", "score", "rating", "tier"] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];
export const RESULTS_PAGE_SIZE = 50;

const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

export const resultsQuerySchema = z.object({
  sort: z.preprocess(blankAsUnset, z.enum(RESULT_SORTS, "Sort by candidate, submitted, score, rating or tier.").default("submitted")),
  dir: z.preprocess(blankAsUnset, z.enum(["asc", "desc"], "Sort asc or desc.").default("desc")),
  status: z.preprocess(blankAsUnset, z.enum(CANDIDATE_INVITE_STATES, "Choose a candidate status.").optional()),
  tier: z.preprocess(blankAsUnset, z.enum(INTEGRITY_TIERS, "Choose none, some or major.").optional()),
  page: z.preprocess(blankAsUnset, z.coerce.number("Choose a page number.").int("Choose a page number.").min(1, "Pages start at 1.").max(10_000).default(1)),
});
export type ResultsQuery = z.infer<typeof resultsQuerySchema>;
