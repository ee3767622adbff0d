/**
 * The client's IP, and the salted hash we store instead of it. Raw IPs are never written anywhere.
 */
import { createHmac } from "node:crypto";
import { env, ipHashSalt } from "@/lib/env";

/**
 * With TRUST_PROXY (Vercel) the first x-forwarded-for hop is the client. Without it, only the value Next's own server
 * wrote from the socket is trusted: the last hop, since a client can prepend whatever it likes.
 */
export function clientIpFrom(headers: Headers, trustProxy: boolean = env.TRUST_PROXY): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const ip = trustProxy ? hops[0] : hops[hops.length - 1];
  return ip ?? headers.get("x-real-ip") ?? "unknown";
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
