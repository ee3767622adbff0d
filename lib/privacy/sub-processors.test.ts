import { describe, expect, it } from "vitest";
import type { Adapters } from "@/lib/env";
import { subProcessors } from "./sub-processors";

const embedded: Adapters = { database: "pglite", auth: "local", ai: "offline", rateLimit: "memory", errors: "off", email: "outbox", billing: "off" };
const names = (adapters: Partial<Adapters>, onVercel = false) => subProcessors({ adapters: { ...embedded, ...adapters }, onVercel }).map((entry) => entry.name);

describe("subProcessors", () => {
  it("lists nobody for the embedded default, where nothing leaves the server", () => {
    expect(names({})).toEqual([]);
  });

  it("lists OpenAI only when AI is configured, and says it never receives a name or email", () => {
    expect(names({ ai: "openai" })).toEqual(["OpenAI"]);
    const [openai] = subProcessors({ adapters: { ...embedded, ai: "openai" }, onVercel: false });
    expect(openai!.receives).toContain("never a name, email or account id");
  });

  it("lists each configured third party, and no self-hosted PostgreSQL or Redis", () => {
    expect(names({ database: "neon", auth: "clerk", email: "resend", billing: "stripe", rateLimit: "upstash", errors: "sentry" }, true)).toEqual([
      "Vercel",
      "Neon",
      "Clerk",
      "Resend",
      "Stripe",
      "Upstash",
      "Sentry",
    ]);
    expect(names({ database: "postgres", rateLimit: "redis" })).toEqual([]);
  });
});
