/**
 * Runs the project's local Stripe as its own process: the API endpoints the product calls (tests/helpers/stripe-server.ts)
 * and a stand-in for Checkout's hosted page, whose "Pay" button makes the subscription, delivers Stripe's webhooks
 * (signed with the SDK's own test header helper, with the test endpoint secret) to the app, then returns the payer to
 * the session's success URL. The end-to-end runner starts it for the billing instance; you can too, to try billing
 * without a Stripe account:
 *
 *   npx tsx scripts/local-stripe-server.ts --webhook-url http://localhost:3000/api/webhooks/stripe
 *   then start the app with the printed variables (npm run dev)
 *
 * Prints one JSON line `{ "env": { "STRIPE_API_URL": "http://127.0.0.1:<port>", "STRIPE_SECRET_KEY": …, … } }` (the
 * variables that point the app here, with the test secret and price ids) once listening, then serves until SIGTERM.
 */
import type http from "node:http";
import { parseArgs } from "node:util";
import { type StripeServer, startStripeServer } from "@/tests/helpers/stripe-server";
import { STRIPE_TEST_ENV } from "@/tests/helpers/stripe-env";
import { webhookSender } from "@/tests/helpers/stripe-webhooks";

const { values } = parseArgs({ options: { "webhook-url": { type: "string" } } });
const webhookUrl = values["webhook-url"];
if (!webhookUrl) throw new Error("--webhook-url (the app's /api/webhooks/stripe) is required");

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function sendHtml(response: http.ServerResponse, status: number, title: string, body: string) {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`);
}

/** Delivers a signed event to the app as Stripe would POST it. */
const sender = webhookSender(async (request) =>
  fetch(webhookUrl, { method: "POST", headers: request.headers, body: await request.text() }),
);

function checkoutPages(server: () => StripeServer) {
  return (request: http.IncomingMessage, response: http.ServerResponse): boolean => {
    const match = /^\/checkout\/(cs_test_[0-9a-f]+)(\/pay)?$/.exec(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!match) return false;
    const session = server().sessions.get(match[1]!);
    if (!session) {
      sendHtml(response, 404, "Checkout not found", "<h1>This checkout session does not exist.</h1>");
      return true;
    }
    if (request.method === "GET" && !match[2]) {
      const heading = session.status === "complete" ? "Already paid" : "Local Stripe Checkout";
      sendHtml(
        response,
        200,
        heading,
        `<h1>${heading}</h1><p>Test payment, nothing is charged.</p><form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>`,
      );
      return true;
    }
    if (request.method === "POST" && match[2] && session.status === "open") {
      void pay(server(), session.id, response);
      return true;
    }
    sendHtml(response, 409, "Checkout closed", "<h1>This checkout session is already complete.</h1>");
    return true;
  };
}

/** The payer pays: the subscription and its webhooks, then back to the app, as Stripe does after a payment. */
async function pay(server: StripeServer, sessionId: string, response: http.ServerResponse) {
  try {
    const { responses } = await sender.completeCheckout(server, sessionId);
    const refused = responses.find((answer) => !answer.ok);
    if (refused) throw new Error(`the app answered a webhook with ${refused.status}`);
    response.writeHead(303, { location: server.sessions.get(sessionId)!.success_url! });
    response.end();
  } catch (error) {
    sendHtml(response, 502, "Payment failed", `<h1>Payment failed</h1><p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`);
  }
}

// tsx runs this file as CommonJS, where top-level await is not allowed.
async function main() {
  const server: StripeServer = await startStripeServer({ pages: checkoutPages(() => server) });
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
