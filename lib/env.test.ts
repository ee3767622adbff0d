import { describe, expect, it } from "vitest";
import { assertLocalAuthAllowed, chooseAdapters, isLoopbackUrl, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("treats empty strings as unset and applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "", OPENAI_API_KEY: "  ", APP_URL: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.OPENAI_API_KEY).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("names every bad variable in one error", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", REDIS_URL: "http://nope", APP_URL: "not a url" })).toThrow(
      /DATABASE_URL[\s\S]*REDIS_URL|REDIS_URL[\s\S]*DATABASE_URL/,
    );
    try {
      parseEnv({ DATABASE_URL: "mysql://x", REDIS_URL: "http://nope", APP_URL: "not a url" });
    } catch (error) {
      expect((error as Error).message).toContain("APP_URL");
    }
  });

  it("requires the publishable key alongside a real Clerk secret", () => {
    expect(() => parseEnv({ CLERK_SECRET_KEY: "sk_live_abc" })).toThrow(/NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY/);
  });

  it("requires the Upstash URL and token together", () => {
    expect(() => parseEnv({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toThrow(/UPSTASH_REDIS_REST_TOKEN/);
  });
});

describe("chooseAdapters", () => {
  it("picks the embedded engines when nothing is configured", () => {
    expect(chooseAdapters(parseEnv({}))).toEqual({
      database: "pglite",
      auth: "local",
      ai: "offline",
      rateLimit: "memory",
      errors: "off",
      email: "outbox",
      billing: "off",
    });
  });

  it("turns billing on only with a Stripe key, and then requires the webhook secret and both prices", () => {
    expect(chooseAdapters(parseEnv({})).billing).toBe("off");
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_123" })).toThrow(/STRIPE_WEBHOOK_SECRET[\s\S]*STRIPE_PRICE_CANDIDATE_PRO[\s\S]*STRIPE_PRICE_TEAM_SEAT/);
    const full = { STRIPE_SECRET_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_1", STRIPE_PRICE_CANDIDATE_PRO: "price_pro", STRIPE_PRICE_TEAM_SEAT: "price_seat" };
    expect(chooseAdapters(parseEnv(full)).billing).toBe("stripe");
  });

  it("sends email through Resend only with an API key", () => {
    expect(chooseAdapters(parseEnv({ RESEND_API_KEY: "re_123" })).email).toBe("resend");
    expect(chooseAdapters(parseEnv({ RESEND_BASE_URL: "http://127.0.0.1:4010" })).email).toBe("outbox");
  });

  it("picks Neon for neon.tech URLs and pg for other Postgres URLs", () => {
    expect(chooseAdapters(parseEnv({ DATABASE_URL: "postgres://u:p@ep-x.eu-west-2.aws.neon.tech/db" })).database).toBe("neon");
    expect(chooseAdapters(parseEnv({ DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" })).database).toBe("postgres");
  });

  it("picks Clerk only for a real secret, not for the local one another bundle wrote", () => {
    const real = parseEnv({ CLERK_SECRET_KEY: "sk_live_abc", NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k" });
    expect(chooseAdapters(real).auth).toBe("clerk");
    expect(chooseAdapters(parseEnv({ CLERK_SECRET_KEY: "sk_live_local_0123" })).auth).toBe("local");
  });

  it("prefers Upstash, then Redis, then memory for rate limits", () => {
    expect(chooseAdapters(parseEnv({ REDIS_URL: "redis://127.0.0.1:6379" })).rateLimit).toBe("redis");
    expect(
      chooseAdapters(
        parseEnv({ REDIS_URL: "redis://127.0.0.1:6379", UPSTASH_REDIS_REST_URL: "https://x.upstash.io", UPSTASH_REDIS_REST_TOKEN: "t" }),
      ).rateLimit,
    ).toBe("upstash");
  });
});

describe("assertLocalAuthAllowed", () => {
  const adaptersFor = (raw: Record<string, string | undefined>) => chooseAdapters(parseEnv(raw));

  it("refuses local auth in production on a public URL", () => {
    const raw = { NODE_ENV: "production", APP_URL: "https://rehearse.example.com" };
    expect(() => assertLocalAuthAllowed(parseEnv(raw), adaptersFor(raw))).toThrow(/refuses to start/);
  });

  it("allows it on loopback, in development, or with ALLOW_LOCAL_AUTH=1", () => {
    for (const raw of <Record<string, string>[]>[
      { NODE_ENV: "production", APP_URL: "http://127.0.0.1:3100" },
      { NODE_ENV: "production", APP_URL: "http://[::1]:3000" },
      { NODE_ENV: "development", APP_URL: "https://rehearse.example.com" },
      { NODE_ENV: "production", APP_URL: "https://internal.example.com", ALLOW_LOCAL_AUTH: "1" },
    ]) {
      expect(() => assertLocalAuthAllowed(parseEnv(raw), adaptersFor(raw))).not.toThrow();
    }
  });

  it("recognises loopback hosts only", () => {
    expect(isLoopbackUrl("http://localhost:3000")).toBe(true);
    expect(isLoopbackUrl("http://127.0.0.2")).toBe(true);
    expect(isLoopbackUrl("http://localhost.evil.com")).toBe(false);
    expect(isLoopbackUrl("http://10.0.0.1")).toBe(false);
  });
});
