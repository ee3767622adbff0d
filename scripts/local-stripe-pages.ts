/**
 * The pages a payer sees at the local Stripe (scripts/local-stripe-server.ts): stand-ins for Checkout and for the
 * billing portal. Each action does what Stripe would, to the local server's objects, then delivers the webhooks
 * Stripe would send (signed with the SDK's own test helper) before the browser moves on, so the app has the news
 * before the payer is back. Plain HTML forms: they work without JavaScript, like the real pages.
 */
import type http from "node:http";
import type Stripe from "stripe";
import type { StripeServer } from "@/tests/helpers/stripe-server";
import type { webhookSender } from "@/tests/helpers/stripe-webhooks";

type Sender = ReturnType<typeof webhookSender>;
export type HostedPage = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const dateOf = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

function sendHtml(response: http.ServerResponse, status: number, title: string, body: string) {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`);
}

function redirect(response: http.ServerResponse, location: string) {
  response.writeHead(303, { location });
  response.end();
}

async function settle(response: http.ServerResponse, work: () => Promise<{ ok: boolean; status: number }[]>, then: string) {
  try {
    const refused = (await work()).find((answer) => !answer.ok);
    if (refused) throw new Error(`the app answered a webhook with ${refused.status}`);
    redirect(response, then);
  } catch (error) {
    sendHtml(response, 502, "Failed", `<h1>That did not go through</h1><p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`);
  }
}

/** Checkout's hosted page: "Pay" makes the subscription, sends its events, and returns to the success URL. */
export function checkoutPages(server: () => StripeServer, sender: Sender): HostedPage {
  return (request, response) => {
    const match = /^\/checkout\/(cs_test_[0-9a-f]+)(\/pay)?$/.exec(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!match) return false;
    const session = server().sessions.get(match[1]!);
    if (!session) {
      sendHtml(response, 404, "Checkout not found", "<h1>This checkout session does not exist.</h1>");
      return true;
    }
    if (request.method === "GET" && !match[2]) {
      const heading = session.status === "complete" ? "Already paid" : "Local Stripe Checkout";
      const form = `<form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>`;
      sendHtml(response, 200, heading, `<h1>${heading}</h1><p>Test payment, nothing is charged.</p>${form}`);
      return true;
    }
    if (request.method === "POST" && match[2] && session.status === "open") {
      void settle(response, async () => (await sender.completeCheckout(server(), session.id)).responses, session.success_url!);
      return true;
    }
    sendHtml(response, 409, "Checkout closed", "<h1>This checkout session is already complete.</h1>");
    return true;
  };
}

/** What the portal's buttons do to a subscription: schedule the end, take it back, or end it now (its period over). */
const PORTAL_ACTIONS = {
  cancel: { label: "Cancel at the end of the period", change: { cancel_at_period_end: true } },
  keep: { label: "Keep the subscription", change: { cancel_at_period_end: false } },
  end: { label: "End it now, as when the period ends", change: { status: "canceled" } },
} as const satisfies Record<string, { label: string; change: Partial<Pick<Stripe.Subscription, "status" | "cancel_at_period_end">> }>;

function describe(subscription: Stripe.Subscription): string {
  const end = dateOf(subscription.items.data[0]?.current_period_end ?? 0);
  const quantity = subscription.items.data[0]?.quantity ?? 1;
  const state = subscription.cancel_at_period_end ? `active until ${end}, then canceled` : `active, renews on ${end}`;
  return `${escapeHtml(subscription.id)}: ${quantity} × ${escapeHtml(String(subscription.items.data[0]?.price.id))}, ${state}`;
}

/** The billing portal: the customer's live subscriptions, each with what may be done to it, and the way back. */
export function portalPages(server: () => StripeServer, sender: Sender): HostedPage {
  return (request, response) => {
    const match = /^\/portal\/(bps_[0-9a-f]+)(?:\/(cancel|keep|end)\/(sub_[0-9a-f]+))?$/.exec(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!match) return false;
    const portal = server().portalSessions.get(match[1]!);
    if (!portal) {
      sendHtml(response, 404, "Portal not found", "<h1>This portal session does not exist.</h1>");
      return true;
    }
    const live = [...server().subscriptions.values()].filter((subscription) => subscription.customer === portal.customer && subscription.status !== "canceled");
    const [, id, action, subscriptionId] = match;
    if (request.method === "POST" && action && live.some((subscription) => subscription.id === subscriptionId)) {
      const { change } = PORTAL_ACTIONS[action as keyof typeof PORTAL_ACTIONS];
      void settle(response, async () => [(await sender.changeSubscription(server(), subscriptionId!, change)).response], `/portal/${id}`);
      return true;
    }
    const button = (subscription: Stripe.Subscription, name: keyof typeof PORTAL_ACTIONS) =>
      `<form method="post" action="/portal/${id}/${name}/${subscription.id}"><button type="submit">${PORTAL_ACTIONS[name].label}</button></form>`;
    const items = live.map(
      (subscription) =>
        `<li><p>${describe(subscription)}</p>${button(subscription, subscription.cancel_at_period_end ? "keep" : "cancel")}${button(subscription, "end")}</li>`,
    );
    const list = items.length ? `<ul>${items.join("")}</ul>` : "<p>No active subscription.</p>";
    const back = portal.return_url ? `<p><a href="${escapeHtml(portal.return_url)}">Return to Rehearse</a></p>` : "";
    sendHtml(response, 200, "Local Stripe billing portal", `<h1>Local Stripe billing portal</h1><p>Test mode, nothing is charged.</p>${list}${back}`);
    return true;
  };
}
