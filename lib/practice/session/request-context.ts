/**
 * Request helpers shared by the practice route handlers in app/api/practice/.
 */
import { readJson } from "@/lib/api/route";
import type { PracticeOptions } from "@/lib/practice/session";
import { clientIpFrom, hashIp } from "@/lib/security/client-ip";

/** The per-request options the practice services audit with: the caller's hashed IP, never the raw one. */
export function practiceOptions(request: Request): PracticeOptions {
  return { ipHash: hashIp(clientIpFrom(request.headers)) };
}

/** A JSON body that may be absent: `undefined` for an empty body, 400 for one that is not JSON. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await request.clone().text();
  if (text.trim() === "") return undefined;
  return readJson(request);
}
