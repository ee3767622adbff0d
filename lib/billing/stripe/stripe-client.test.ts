import { describe, expect, it } from "vitest";
import { ownerReference } from "./billing-provider";
import { connectionFor } from "./stripe-client";

describe("connectionFor", () => {
  it("splits STRIPE_API_URL into the SDK's host, port and protocol", () => {
    expect(connectionFor("http://127.0.0.1:12111")).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" });
    expect(connectionFor("https://stripe.internal.test")).toEqual({ host: "stripe.internal.test", port: 443, protocol: "https" });
    expect(connectionFor("http://localhost")).toEqual({ host: "localhost", port: 80, protocol: "http" });
  });

  it("leaves the SDK's defaults (Stripe's API) without a URL", () => {
    expect(connectionFor(undefined)).toEqual({});
  });
});

describe("ownerReference", () => {
  it("names the payer by kind and our id only", () => {
    expect(ownerReference({ kind: "organisation", id: "0b6c3f9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f" })).toBe("organisation:0b6c3f9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f");
  });
});
