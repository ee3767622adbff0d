/**
 * Comparing 2 to 4 candidates of one assessment question by question, for every member who may see results. Each is
 * loaded with candidateReview, so another organisation's or an unknown invite id is 404 exactly as on its own page.
 */
import "server-only";
import { AppError } from "@/lib/api/app-error";
import type { MemberContext } from "@/lib/context/request-context";
import { type CandidateComparison, compareRows, MAX_COMPARED, MIN_COMPARED } from "./compare-rows";
import { candidateReview } from "./review-service";

export async function compareCandidates(ctx: MemberContext, assessmentId: string, inviteIds: string[]): Promise<CandidateComparison> {
  const distinct = [...new Set(inviteIds)];
  if (distinct.length !== inviteIds.length) throw new AppError("unprocessable", "Choose each candidate only once to compare.");
  if (distinct.length < MIN_COMPARED || distinct.length > MAX_COMPARED) {
    throw new AppError("unprocessable", `Choose ${MIN_COMPARED} to ${MAX_COMPARED} candidates to compare (${distinct.length} chosen).`);
  }
  // One at a time: each review is a handful of queries on the scoped handle, and 4 is the most.
  const reviews = [];
  for (const inviteId of distinct) reviews.push(await candidateReview(ctx, { assessmentId, inviteId }));
  return compareRows(reviews);
}
