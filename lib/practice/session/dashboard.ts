/** Everything the practice dashboard shows, read in one call. */
import "server-only";
import { getProfile } from "@/db/queries/profiles";
import type { UserContext } from "@/lib/context/request-context";
import { ownerOf } from "./access";
import { listUnfinishedSessions, type ProgressPoint, type SavedSessionListItem, savedHistory, type UnfinishedSessionItem } from "./history-service";

export type PracticeDashboard = {
  sessions: SavedSessionListItem[];
  points: ProgressPoint[];
  unfinished: UnfinishedSessionItem[];
  /** No CV text, target role or goals: questions cannot be personalised yet, so the page suggests the profile. */
  profileEmpty: boolean;
};

export async function practiceDashboard(ctx: UserContext): Promise<PracticeDashboard> {
  const [{ sessions, points }, unfinished, profile] = await Promise.all([
    savedHistory(ctx),
    listUnfinishedSessions(ctx),
    getProfile(ctx.db, ownerOf(ctx)),
  ]);
  // Any one of the three is enough for the question engines to personalise.
  const profileEmpty = ![profile?.cvText, profile?.targetRole, profile?.goals].some((value) => value?.trim());
  return { sessions, points, unfinished, profileEmpty };
}
