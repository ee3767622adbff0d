/**
 * The client's IP, and the salted hash we store instead of it. Raw IPs are never written anywhere.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { env, ipHashSalt } from "@/lib/env";

/** Set by server.mjs from the TCP socket, overwriting anything a client sent under that name. */
export const SOCKET_IP_HEADER = "x-rehearse-socket-ip";

/**
 * With TRUST_PROXY (Vercel) the first x-forwarded-for hop is the client, as the proxy wrote it. Without it the socket
 * address is the truth: server.mjs stamps it on every request. (Under plain `next start`, Next fills x-forwarded-for
 * from the socket only when the client sent none, so its last hop is the best remaining guess.)
 */
export function clientIpFrom(headers: Headers, trustProxy: boolean = env.TRUST_PROXY): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (trustProxy) return hops[0] ?? headers.get("x-real-ip") ?? "unknown";
  return headers.get(SOCKET_IP_HEADER) ?? hops[hops.length - 1] ?? "unknown";
}

/** HMAC of the IP with a server secret: stable enough to count requests, useless for finding the person. */
export function hashIp(ip: string, salt: string = ipHashSalt): string {
  return createHmac("sha256", salt).update(ip).digest("hex").slice(0, 32);
}

/** The hashed IP of the request being served (server components and actions). */
export async function requestIpHash(): Promise<string> {
  const { headers } = await import("next/headers");
  return hashIp(clientIpFrom(await headers()));
}
