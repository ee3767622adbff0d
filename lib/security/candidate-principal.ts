/**
 * The principal of a request holding a candidate's assessment link. Only the token's shape is checked here: a
 * malformed segment is a 404 before any query; whether the link is live (unknown 404, expired or revoked 410) is the
 * service's answer, read through the token-scoped handle.
 */
import "server-only";
import { AppError } from "@/lib/api/app-error";
import type { CandidatePrincipal } from "@/lib/context/principal";
import { hashLinkToken, isWellFormedLinkToken } from "./link-token";

export const UNKNOWN_LINK = "This link does not work. Check that you copied all of it.";

export function candidatePrincipalFor(token: string | undefined): CandidatePrincipal {
  if (!token || !isWellFormedLinkToken(token)) throw new AppError("not_found", UNKNOWN_LINK);
  return { kind: "candidate", tokenHash: hashLinkToken(token) };
}
