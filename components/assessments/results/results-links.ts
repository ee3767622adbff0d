import type { ResultSort, ResultsQuery } from "@/lib/assessments/results/schemas";

/** The table's URL with `change` applied to its query (defaults left out, so links stay short). */
export function resultsHref(base: string, query: ResultsQuery, change: Partial<ResultsQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.sort !== "submitted") params.set("sort", next.sort);
  if (next.dir !== "desc") params.set("dir", next.dir);
  if (next.status) params.set("status", next.status);
  if (next.tier) params.set("tier", next.tier);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}

/** A column header's link: the same column flips direction; a new one starts descending (names ascending), page 1. */
export function sortHref(base: string, query: ResultsQuery, sort: ResultSort): string {
  const dir = query.sort === sort ? (query.dir === "asc" ? "desc" : "asc") : sort === "candidate" ? "asc" : "desc";
  return resultsHref(base, query, { sort, dir, page: 1 });
}
