/** Everything the practice dashboard shows, read in one call. */
import "server-only";
import { getProfile } from "@/db/queries/profiles";
import type { UserContext } from "@/lib/context/request-context";
import type { ProgressSeries } from "@/lib/practice/progress/progress-series";
import { ownerOf } from "./access";
import { decodeHistoryCursor, HISTORY_PAGE_SIZE } from "./history-cursor";
import {
  countSavedSessions,
  listSavedSessions,
  listUnfinishedSessions,
  progressSeries,
  type SavedSessionPage,
  type UnfinishedSessionItem,
} from "./history-service";

export type PracticeDashboard = {
  /** One page of the saved sessions, newest first. */
  history: SavedSessionPage;
  /** True when the page is an older one (reached through "Show older sessions"), not the newest. */
  olderPage: boolean;
  /** Every saved session the user has, counted, not the page's length. */
  savedCount: number;
  progress: ProgressSeries;
  unfinished: UnfinishedSessionItem[];
  /** No CV text, target role or goals: questions cannot be personalised yet, so the page suggests the profile. */
  profileEmpty: boolean;
};

/**
 * The dashboard's reads, in parallel. `before` is the page's `?before=` cursor; one that does not decode (edited,
 * truncated, from an older format) shows the newest page rather than an error, as a stale bookmark should.
 */
export async function practiceDashboard(ctx: UserContext, options: { before?: string } = {}): Promise<PracticeDashboard> {
  const cursor = options.before ? decodeHistoryCursor(options.before) : null;
  const [history, savedCount, progress, unfinished, profile] = await Promise.all([
    listSavedSessions(ctx, { cursor, limit: HISTORY_PAGE_SIZE }),
    countSavedSessions(ctx),
    progressSeries(ctx),
    listUnfinishedSessions(ctx),
    getProfile(ctx.db, ownerOf(ctx)),
  ]);
  // Any one of the three is enough for the question engines to personalise.
  const profileEmpty = ![profile?.cvText, profile?.targetRole, profile?.goals].some((value) => value?.trim());
  return { history, olderPage: cursor !== null, savedCount, progress, unfinished, profileEmpty };
}
