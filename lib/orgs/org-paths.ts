/**
 * Paths of an organisation's pages, each segment encoded, for sign-in to send a visitor back to where they were
 * going. Pure: pages use it for their `returnTo`.
 */

/** `/org/<slug>/<segments…>`, every part URL-encoded. */
export function orgPath(slug: string, ...segments: string[]): string {
  return ["/org", ...[slug, ...segments].map(encodeURIComponent)].join("/");
}

type AssessmentParams = { params: Promise<{ slug: string; assessmentId: string; inviteId?: string }> };

/**
 * A page's `returnTo` under one assessment: `returnToAssessment("results")` for `/org/<slug>/assessments/<id>/results`;
 * `"candidate"` adds the page's own `[inviteId]` under `candidates/`.
 */
export function returnToAssessment(page?: "candidates" | "results" | "candidate") {
  return async ({ params }: AssessmentParams): Promise<string> => {
    const { slug, assessmentId, inviteId } = await params;
    if (page === "candidate") return orgPath(slug, "assessments", assessmentId, "candidates", inviteId ?? "");
    return page ? orgPath(slug, "assessments", assessmentId, page) : orgPath(slug, "assessments", assessmentId);
  };
}
