/**
 * The only module that reads `process.env`.
 *
 * It validates every variable once, treats empty strings as unset, fails start-up with a message naming each bad
 * variable, and decides which adapter each service uses. Everything else imports `env` (values) or `adapters`
 * (which engine runs), never `process.env`.
 */
import "server-only";
import path from "node:path";
import { z } from "zod";
import { ensureLocalAuthMaterial, isLocalSecret, LOCAL_PUBLISHABLE_KEY } from "@/lib/auth/local-keys";

const emptyAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUnset, z.string().optional());
const optionalUrl = z.preprocess(emptyAsUnset, z.url().optional());
const flag = z.preprocess(
  emptyAsUnset,
  z
    .enum(["1", "0", "true", "false"])
    .optional()
    .transform((v) => v === "1" || v === "true"),
);

const schema = z
  .object({
    NODE_ENV: z.preprocess(emptyAsUnset, z.enum(["development", "production", "test"]).default("development")),
    APP_URL: z.preprocess(emptyAsUnset, z.url().default("http://localhost:3000")),
    DATA_DIR: z.preprocess(emptyAsUnset, z.string().default(".data")),
    DATABASE_URL: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    CLERK_SECRET_KEY: optionalString,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .regex(/^pk_(live|test)_/, "must start with pk_live_ or pk_test_")
        .optional(),
    ),
    CLERK_JWT_KEY: optionalString,
    ALLOW_LOCAL_AUTH: flag,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_MODEL: z.preprocess(emptyAsUnset, z.string().default("gpt-4o-mini")),
    UPSTASH_REDIS_REST_URL: optionalUrl,
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    REDIS_URL: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
        .optional(),
    ),
    SENTRY_DSN: optionalUrl,
    SENTRY_ENVIRONMENT: optionalString,
    TRUST_PROXY: flag,
    IP_HASH_SALT: optionalString,
    VERCEL: optionalString,
    NEXT_PHASE: optionalString,
    CRON_SECRET: optionalString,
    /** `off` stops the in-server job scheduler (tests, or when an external cron calls /api/cron/*). */
    JOBS_SCHEDULER: z.preprocess(emptyAsUnset, z.enum(["on", "off"]).default("on")),
    /** Where security reports go, for /.well-known/security.txt: a mailto: or https: URI. */
    SECURITY_CONTACT: z.preprocess(emptyAsUnset, z.string().regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https:// URI").optional()),
    RESEND_API_KEY: optionalString,
    /** Where the Resend SDK sends its requests; tests point it at a local server. */
    RESEND_BASE_URL: optionalUrl,
    EMAIL_FROM: z.preprocess(emptyAsUnset, z.string().default("Rehearse <no-reply@rehearse.local>")),
    /** Billing is on only with a Stripe key; without one every feature is open and a banner says so. */
    STRIPE_SECRET_KEY: optionalString,
    STRIPE_WEBHOOK_SECRET: optionalString,
    /** Where the Stripe SDK sends its requests (its host, port and protocol); tests point it at a local server. */
    STRIPE_API_URL: optionalUrl,
    STRIPE_PRICE_CANDIDATE_PRO: optionalString,
    STRIPE_PRICE_TEAM_SEAT: optionalString,
  })
  .superRefine((value, ctx) => {
    if (value.CLERK_SECRET_KEY && !isLocalSecret(value.CLERK_SECRET_KEY) && !value.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY"],
        message: "is required when CLERK_SECRET_KEY is set",
      });
    }
    if (value.STRIPE_SECRET_KEY) {
      for (const name of ["STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_CANDIDATE_PRO", "STRIPE_PRICE_TEAM_SEAT"] as const) {
        if (!value[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when STRIPE_SECRET_KEY is set" });
      }
    }
    if (Boolean(value.UPSTASH_REDIS_REST_URL) !== Boolean(value.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({
        code: "custom",
        path: ["UPSTASH_REDIS_REST_TOKEN"],
        message: "UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Which engine runs behind each service interface. */
export type Adapters = {
  database: "pglite" | "neon" | "postgres";
  auth: "clerk" | "local";
  ai: "openai" | "offline";
  rateLimit: "upstash" | "redis" | "memory";
  errors: "sentry" | "off";
  email: "resend" | "outbox";
  billing: "stripe" | "off";
};

/** Parses a raw environment; throws one error naming every bad variable. Exported for tests. */
export function parseEnv(raw: Record<string, string | undefined>): Env {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "(env)"}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Decides the adapter for each service from a parsed environment. Pure. */
export function chooseAdapters(e: Env): Adapters {
  return {
    database: !e.DATABASE_URL ? "pglite" : isNeonUrl(e.DATABASE_URL) ? "neon" : "postgres",
    // A local secret in the variable means another bundle of this process already chose local mode and wrote it.
    auth: e.CLERK_SECRET_KEY && !isLocalSecret(e.CLERK_SECRET_KEY) ? "clerk" : "local",
    ai: e.OPENAI_API_KEY ? "openai" : "offline",
    rateLimit: e.UPSTASH_REDIS_REST_URL ? "upstash" : e.REDIS_URL ? "redis" : "memory",
    errors: e.SENTRY_DSN ? "sentry" : "off",
    email: e.RESEND_API_KEY ? "resend" : "outbox",
    billing: e.STRIPE_SECRET_KEY ? "stripe" : "off",
  };
}

export function isNeonUrl(url: string): boolean {
  try {
    return new URL(url).hostname.endsWith(".neon.tech");
  } catch {
    return false;
  }
}

export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

/**
 * Local auth must never face the public: in production mode it only runs on a loopback APP_URL unless
 * ALLOW_LOCAL_AUTH=1 says otherwise. Pure, so the rule is unit-tested.
 */
export function assertLocalAuthAllowed(e: Env, adapters: Adapters): void {
  if (adapters.auth !== "local" || e.NODE_ENV !== "production") return;
  if (isLoopbackUrl(e.APP_URL) || e.ALLOW_LOCAL_AUTH) return;
  throw new Error(
    `Local auth refuses to start in production on a public URL (APP_URL=${e.APP_URL}). ` +
      "Set CLERK_SECRET_KEY and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY, or ALLOW_LOCAL_AUTH=1 for a private deployment.",
  );
}

function load() {
  const parsed = parseEnv(process.env);
  const adapters = chooseAdapters(parsed);
  assertLocalAuthAllowed(parsed, adapters);
  const dataDir = path.resolve(/* turbopackIgnore: true */ process.cwd(), parsed.DATA_DIR);

  let clerk: { publishableKey: string; jwtKey?: string; localSigning?: ReturnType<typeof ensureLocalAuthMaterial> };
  if (adapters.auth === "local") {
    const material = ensureLocalAuthMaterial(dataDir);
    clerk = { publishableKey: LOCAL_PUBLISHABLE_KEY, jwtKey: material.publicKeyPem, localSigning: material };
    // Clerk's SDK reads these from process.env when its modules load; every bundle imports this module first,
    // so the values are in place before Clerk captures them. Telemetry and keyless mode stay off.
    process.env.CLERK_SECRET_KEY = material.secret;
    process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY = LOCAL_PUBLISHABLE_KEY;
  } else {
    clerk = { publishableKey: parsed.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY!, jwtKey: parsed.CLERK_JWT_KEY };
  }
  process.env.NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED = "1";
  process.env.NEXT_PUBLIC_CLERK_KEYLESS_DISABLED = "1";

  // Hashing IPs needs a server-side secret; a dedicated salt wins, else the auth secret in force.
  const ipHashSalt = parsed.IP_HASH_SALT ?? parsed.CLERK_SECRET_KEY ?? clerk.localSigning?.secret ?? "";

  return { env: parsed, adapters, dataDir, clerk, ipHashSalt };
}

const loaded = load();

export const env = loaded.env;
export const adapters = loaded.adapters;
/** Absolute path of the folder holding PGlite data and local key material. */
export const dataDir = loaded.dataDir;
/** What Clerk's middleware and auth() need: the publishable key, and a PEM key to verify offline. */
export const clerkConfig = loaded.clerk;
/** The secret that salts stored IP hashes (audit log, rate-limit keys). */
export const ipHashSalt = loaded.ipHashSalt;
export const isProduction = env.NODE_ENV === "production";
/** True while `next build` runs: nothing may open the database then (build workers are separate processes). */
export const isBuildPhase = env.NEXT_PHASE === "phase-production-build";
/** The bearer secret scheduled jobs (Vercel Cron) send to /api/cron/*; unset: those routes answer 503. */
export const cronSecret = env.CRON_SECRET;
/**
 * Who runs the scheduled jobs: Vercel Cron on Vercel (through /api/cron/*), else the server process itself, unless
 * JOBS_SCHEDULER=off hands them to an external cron.
 */
export const jobScheduler: "vercel-cron" | "in-server" | "off" = env.VERCEL ? "vercel-cron" : env.JOBS_SCHEDULER === "off" ? "off" : "in-server";
