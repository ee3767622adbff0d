/**
 * The position in an organisation's audit log that "Older events" continues from: the last listed event's time (to
 * the microsecond, as PostgreSQL stores it) and its sequence number, which orders events written in the same instant.
 * Opaque on the wire (base64url of "<timestamp>~<seq>"); one that does not decode is refused, never passed to SQL.
 */
import { z } from "zod";

export type AuditCursor = { createdAt: string; seq: number };

export const AUDIT_PAGE_SIZE = 50;

const MAX_CURSOR_LENGTH = 120;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.createdAt}~${cursor.seq}`, "utf8").toString("base64url");
}

/** The cursor a client sent back, or null when it is not one this server issued in shape. */
export function decodeAuditCursor(value: string): AuditCursor | null {
  if (value.length === 0 || value.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const [createdAt, seq, ...rest] = Buffer.from(value, "base64url").toString("utf8").split("~");
  if (rest.length > 0 || !createdAt || !seq) return null;
  if (!TIMESTAMP.test(createdAt) || Number.isNaN(Date.parse(createdAt)) || !/^\d{1,15}$/.test(seq)) return null;
  return { createdAt, seq: Number(seq) };
}

/** `GET /api/orgs/[slug]/audit?cursor=…`: optional; unknown parameters are refused. */
export const auditPageQuerySchema = z.strictObject({
  cursor: z
    .string()
    .transform((value, context) => {
      const cursor = decodeAuditCursor(value);
      if (!cursor) context.addIssue({ code: "custom", message: "This is not a cursor from a previous page. Start again without it." });
      return cursor ?? z.NEVER;
    })
    .optional(),
});
export type AuditPageQuery = z.infer<typeof auditPageQuerySchema>;
