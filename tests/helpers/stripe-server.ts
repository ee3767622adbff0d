/**
 * A local stand-in for the few Stripe endpoints the product calls, so tests run the real `stripe` SDK over real HTTP
 * (pointed here with its host, port and protocol options) and inspect what it sent:
 *
 * - `POST /v1/customers`, `DELETE /v1/customers/:id`
 * - `POST /v1/checkout/sessions`, `POST /v1/billing_portal/sessions`
 * - `GET /v1/subscriptions/:id`, `POST /v1/subscriptions/:id` (items[0][quantity])
 *
 * Every request is recorded with its method, path, authorization header and parsed form body; anything else is a 404
 * in Stripe's error shape, recorded too. `completeCheckout` plays the payer finishing Checkout: it makes the session's
 * subscription (webhooks are sent by stripe-webhooks.ts). Checkout's and the portal's `url` are on this server
 * (`/checkout/<id>`, `/portal/<id>`): `pages` may serve them, and anything else outside `/v1`, as a browser would see
 * them. Listens on 127.0.0.1, port 0.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type Stripe from "stripe";
import { type FormObject, parseStripeForm } from "./stripe-form";

export type RecordedStripeRequest = { method: string; path: string; authorization: string | undefined; body: FormObject };

export type StripeFailure = { status: number; type?: string; code?: string; message?: string };

/** Answers a request outside the API (`/v1`), such as Checkout's hosted page; false lets it fall through to a 404. */
export type HostedPages = (request: http.IncomingMessage, response: http.ServerResponse, form: FormObject) => boolean;

export type StripeServer = {
  /** Pass as STRIPE_API_URL / the client's `apiUrl`: `http://127.0.0.1:<port>`. */
  url: string;
  requests: RecordedStripeRequest[];
  customers: Map<string, Stripe.Customer>;
  sessions: Map<string, Stripe.Checkout.Session>;
  portalSessions: Map<string, Stripe.BillingPortal.Session>;
  subscriptions: Map<string, Stripe.Subscription>;
  /** Makes the next request fail (queued, first in, first out). */
  failNext: (failure: StripeFailure) => void;
  /** The payer finishes Checkout: an active subscription for the session's price and quantity. */
  completeCheckout: (sessionId: string) => Stripe.Subscription;
  /** Changes a subscription as Stripe would after a portal action or at a period's end; answers the new copy. */
  changeSubscription: (id: string, change: Partial<Pick<Stripe.Subscription, "status" | "cancel_at_period_end">>) => Stripe.Subscription;
  reset: () => void;
  close: () => Promise<void>;
};

const THIRTY_DAYS = 30 * 24 * 60 * 60;
const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
const unixNow = () => Math.floor(Date.now() / 1000);

function sendJson(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json", "request-id": newId("req") });
  response.end(JSON.stringify(body));
}

function stripeError(response: http.ServerResponse, failure: StripeFailure) {
  sendJson(response, failure.status, {
    error: {
      type: failure.type ?? (failure.status >= 500 ? "api_error" : "invalid_request_error"),
      code: failure.code,
      message: failure.message ?? "Scripted failure.",
    },
  });
}

const missing = (what: string, id: string): StripeFailure => ({ status: 404, code: "resource_missing", message: `No such ${what}: '${id}'` });

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, string>) : {});

export async function startStripeServer(options: { pages?: HostedPages } = {}): Promise<StripeServer> {
  const requests: RecordedStripeRequest[] = [];
  const failures: StripeFailure[] = [];
  const customers = new Map<string, Stripe.Customer>();
  const sessions = new Map<string, Stripe.Checkout.Session>();
  const portalSessions = new Map<string, Stripe.BillingPortal.Session>();
  const subscriptions = new Map<string, Stripe.Subscription>();
  let baseUrl = "";

  function subscriptionFor(session: Stripe.Checkout.Session, item: { price: string; quantity: number }): Stripe.Subscription {
    const now = unixNow();
    return {
      id: newId("sub"),
      object: "subscription",
      customer: session.customer as string,
      status: "active",
      created: now,
      cancel_at_period_end: false,
      cancel_at: null,
      metadata: session.metadata ?? {},
      items: {
        object: "list",
        data: [{ id: newId("si"), object: "subscription_item", price: { id: item.price, object: "price" }, quantity: item.quantity, current_period_start: now, current_period_end: now + THIRTY_DAYS }],
      },
    } as unknown as Stripe.Subscription;
  }

  const lineItems = new Map<string, { price: string; quantity: number }>();

  function route(method: string, path: string, body: FormObject): [number, unknown] | StripeFailure {
    const [, , resource, id, extra] = path.split("/");
    if (method === "POST" && path === "/v1/customers") {
      const customer = { id: newId("cus"), object: "customer", email: str(body.email) ?? null, metadata: record(body.metadata) } as Stripe.Customer;
      customers.set(customer.id, customer);
      return [200, customer];
    }
    if (method === "DELETE" && resource === "customers" && id) {
      if (!customers.delete(id)) return missing("customer", id);
      for (const subscription of subscriptions.values()) if (subscription.customer === id) subscription.status = "canceled";
      return [200, { id, object: "customer", deleted: true }];
    }
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const customer = str(body.customer);
      if (!customer || !customers.has(customer)) return missing("customer", customer ?? "");
      const [item] = (body.line_items as FormObject[] | undefined) ?? [];
      const session = {
        id: newId("cs_test"),
        object: "checkout.session",
        mode: str(body.mode),
        status: "open",
        customer,
        client_reference_id: str(body.client_reference_id) ?? null,
        metadata: record(body.metadata),
        subscription: null,
        success_url: str(body.success_url),
        cancel_url: str(body.cancel_url),
      } as unknown as Stripe.Checkout.Session;
      session.url = `${baseUrl}/checkout/${session.id}`;
      sessions.set(session.id, session);
      lineItems.set(session.id, { price: str(item?.price) ?? "", quantity: Number(str(item?.quantity) ?? 1) });
      return [200, session];
    }
    if (method === "POST" && path === "/v1/billing_portal/sessions") {
      const customer = str(body.customer) ?? "";
      if (!customers.has(customer)) return missing("customer", customer);
      const id = newId("bps");
      const portal = { id, object: "billing_portal.session", customer, return_url: str(body.return_url), url: `${baseUrl}/portal/${id}` };
      portalSessions.set(id, portal as unknown as Stripe.BillingPortal.Session);
      return [200, portal];
    }
    if (resource === "subscriptions" && id && !extra) {
      const subscription = subscriptions.get(id);
      if (!subscription) return missing("subscription", id);
      if (method === "GET") return [200, subscription];
      if (method === "POST") {
        const [item] = (body.items as FormObject[] | undefined) ?? [];
        const current = subscription.items.data.find((candidate) => candidate.id === str(item?.id));
        if (item && !current) return missing("subscription item", str(item.id) ?? "");
        if (current && str(item?.quantity)) current.quantity = Number(str(item?.quantity));
        return [200, subscription];
      }
    }
    return { status: 404, message: `Unrecognized request URL (${method}: ${path}).` };
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      const method = request.method ?? "";
      const raw = method === "GET" || method === "DELETE" ? url.searchParams.toString() : Buffer.concat(chunks).toString("utf8");
      const body = parseStripeForm(raw);
      if (!url.pathname.startsWith("/v1/") && options.pages?.(request, response, body)) return;
      requests.push({ method, path: url.pathname, authorization: request.headers.authorization, body });
      const failure = failures.shift();
      if (failure) return stripeError(response, failure);
      const answer = route(method, url.pathname, body);
      if (Array.isArray(answer)) sendJson(response, answer[0], answer[1]);
      else stripeError(response, answer);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    requests,
    customers,
    sessions,
    portalSessions,
    subscriptions,
    failNext: (failure) => void failures.push(failure),
    completeCheckout(sessionId) {
      const session = sessions.get(sessionId);
      const item = lineItems.get(sessionId);
      if (!session || !item) throw new Error(`No such checkout session: ${sessionId}`);
      const subscription = subscriptionFor(session, item);
      subscriptions.set(subscription.id, subscription);
      Object.assign(session, { status: "complete", subscription: subscription.id });
      return subscription;
    },
    changeSubscription(id, change) {
      const subscription = subscriptions.get(id);
      if (!subscription) throw new Error(`No such subscription: ${id}`);
      Object.assign(subscription, change);
      return structuredClone(subscription);
    },
    reset: () => {
      requests.length = 0;
      failures.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
