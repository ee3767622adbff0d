/**
 * Runs the project's local Stripe as its own process: the API endpoints the product calls (tests/helpers/stripe-server.ts)
 * and stand-ins for Checkout's hosted page and the billing portal (scripts/local-stripe-pages.ts), whose buttons change
 * the subscription, deliver Stripe's webhooks (signed with the SDK's own test header helper, with the test endpoint
 * secret) to the app, then send the payer on. The end-to-end runner starts it for the billing instance; you can too,
 * to try billing without a Stripe account:
 *
 *   npx tsx scripts/local-stripe-server.ts --webhook-url http://localhost:3000/api/webhooks/stripe
 *   then start the app with the printed variables (npm run dev)
 *
 * Prints one JSON line `{ "env": { "STRIPE_API_URL": "http://127.0.0.1:<port>", "STRIPE_SECRET_KEY": …, … } }` (the
 * variables that point the app here, with the test secret and price ids) once listening, then serves until SIGTERM.
 */
import { parseArgs } from "node:util";
import { type StripeServer, startStripeServer } from "@/tests/helpers/stripe-server";
import { STRIPE_TEST_ENV } from "@/tests/helpers/stripe-env";
import { webhookSender } from "@/tests/helpers/stripe-webhooks";
import { checkoutPages, portalPages } from "./local-stripe-pages";

const { values } = parseArgs({ options: { "webhook-url": { type: "string" } } });
const webhookUrl = values["webhook-url"];
if (!webhookUrl) throw new Error("--webhook-url (the app's /api/webhooks/stripe) is required");

/** Delivers a signed event to the app as Stripe would POST it. */
const sender = webhookSender(async (request) =>
  fetch(webhookUrl, { method: "POST", headers: request.headers, body: await request.text() }),
);

// tsx runs this file as CommonJS, where top-level await is not allowed.
async function main() {
  const checkout = checkoutPages(() => server, sender);
  const portal = portalPages(() => server, sender);
  const server: StripeServer = await startStripeServer({ pages: (request, response) => checkout(request, response) || portal(request, response) });
  // Requests are recorded for tests; a long-running process must not keep them all.
  setInterval(() => server.requests.splice(0), 10_000).unref();
  process.stdout.write(`${JSON.stringify({ env: { ...STRIPE_TEST_ENV, STRIPE_API_URL: server.url } })}\n`);

  async function stop() {
    await server.close();
    process.exit(0);
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
