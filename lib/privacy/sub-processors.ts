/**
 * The sub-processors of this deployment, derived from the adapters lib/env chose: a service appears only when this
 * deployment sends it data (OpenAI only with an API key, Resend only with its key, and so on). Self-hosted parts (the
 * embedded database, a PostgreSQL or Redis server of your own, the local outbox) are no third party and are not listed.
 */
import type { Adapters } from "@/lib/env";

export type SubProcessor = { name: string; purpose: string; receives: string };

export type Deployment = { adapters: Adapters; onVercel: boolean };

export function subProcessors({ adapters, onVercel }: Deployment): SubProcessor[] {
  const list: SubProcessor[] = [];
  if (onVercel) {
    list.push({ name: "Vercel", purpose: "Hosting and scheduled jobs", receives: "Every request and response, as the server that runs the app." });
  }
  if (adapters.database === "neon") {
    list.push({ name: "Neon", purpose: "Managed PostgreSQL database", receives: "Everything the app stores: accounts, profiles, practice sessions and answers, organisations and candidates." });
  }
  if (adapters.auth === "clerk") {
    list.push({ name: "Clerk", purpose: "Sign-in", receives: "Your email, name, sign-in sessions, and the IP address and browser of each sign-in." });
  }
  if (adapters.ai === "openai") {
    list.push({
      name: "OpenAI",
      purpose: "Questions, feedback, scoring, speech",
      receives: "CV text, target role, goals, job descriptions, questions and answers, and voice recordings where the browser cannot transcribe; never a name, email or account id.",
    });
  }
  if (adapters.email === "resend") {
    list.push({ name: "Resend", purpose: "Email", receives: "Recipients' names and emails, organisation names, role titles and links; never CV text, answers or scores." });
  }
  if (adapters.billing === "stripe") {
    list.push({
      name: "Stripe",
      purpose: "Payments",
      receives: "The payer's email and billing details, and our own account or organisation id; never CV text, answers or scores.",
    });
  }
  if (adapters.rateLimit === "upstash") {
    list.push({ name: "Upstash", purpose: "Rate limiting", receives: "Request counters under keyed hashes of IP addresses and account ids, expiring with their window." });
  }
  if (adapters.errors === "sentry") {
    list.push({ name: "Sentry", purpose: "Error monitoring", receives: "Error reports scrubbed of request bodies, cookies, CV text, answers, names and emails." });
  }
  return list;
}
