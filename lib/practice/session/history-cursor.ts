/**
 * The position in the saved-session history that "Show older sessions" continues from: the last listed session's
 * start time (to the microsecond, as PostgreSQL stores it: a millisecond Date would skip or repeat rows that share a
 * millisecond) and its id, which breaks ties between sessions started at the same instant. Keyset rather than an
 * offset, so a session saved while the candidate pages does not shift the next page by one.
 *
 * On the wire it is opaque: base64url of "<timestamp>~<id>". A cursor that does not decode is refused (422 from the
 * API; the page shows the newest sessions instead), never passed to SQL.
 */
import { z } from "zod";

export type HistoryCursor = {
  /** ISO 8601 in UTC with up to six fractional digits, e.g. 2026-03-05T14:07:00.123456Z. */
  startedAt: string;
  id: string;
};

/** Sessions per page on the dashboard, and the API's default and maximum page sizes. */
export const HISTORY_PAGE_SIZE = 20;
export const HISTORY_API_DEFAULT_LIMIT = 50;
export const HISTORY_API_MAX_LIMIT = 100;

const MAX_CURSOR_LENGTH = 200;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const cursorShape = z.object({
  startedAt: z.string().regex(TIMESTAMP).refine((value) => !Number.isNaN(Date.parse(value))),
  id: z.guid(),
});

export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return Buffer.from(`${cursor.startedAt}~${cursor.id}`, "utf8").toString("base64url");
}

/** The cursor a client sent back, or null when it is not one this server issued in shape. */
export function decodeHistoryCursor(value: string): HistoryCursor | null {
  if (value.length === 0 || value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const [startedAt, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("~");
  if (rest.length > 0) return null;
  const parsed = cursorShape.safeParse({ startedAt, id });
  return parsed.success ? parsed.data : null;
}

const CURSOR_MESSAGE = "This is not a cursor from a previous page. Start again without it.";

/** `GET /api/practice/sessions?cursor=…&limit=…`: both optional; unknown parameters are refused. */
export const historyPageQuerySchema = z.strictObject({
  cursor: z
    .string()
    .transform((value, context) => {
      const cursor = decodeHistoryCursor(value);
      if (!cursor) context.addIssue({ code: "custom", message: CURSOR_MESSAGE });
      return cursor ?? z.NEVER;
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(HISTORY_API_MAX_LIMIT).default(HISTORY_API_DEFAULT_LIMIT),
});
export type HistoryPageQuery = z.infer<typeof historyPageQuerySchema>;
