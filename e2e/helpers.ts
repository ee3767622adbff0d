import fs from "node:fs";
import path from "node:path";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { LOCAL_FRONTEND_API, type LocalAuthMaterial } from "../lib/auth/local-keys";
import { localSubjectForEmail, mintSessionToken, newSessionId } from "../lib/auth/local-token";

export const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3100";

/** A fresh identity per test, so tests never depend on each other's rows. */
export function newIdentity(label: string) {
  const id = randomBytes(4).toString("hex");
  return { email: `${label}-${id}@example.test`, displayName: `${label} ${id}` };
}

export async function signIn(page: Page, identity: { email: string; displayName: string }, returnTo = "/profile") {
  await page.goto(`/sign-in?redirect_url=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(identity.email);
  await page.getByLabel("Display name").fill(identity.displayName);
  await page.getByLabel("I accept the terms of use and the privacy notice").check();
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${returnTo.replace(/[/?]/g, "\\$&")}$`));
}

/** The server's local signing material (the e2e runner tells us its data folder). */
export function serverKeyMaterial(): LocalAuthMaterial {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set: run the suite through scripts/e2e.mjs");
  return JSON.parse(fs.readFileSync(path.join(dataDir, "auth", "local-clerk.json"), "utf8")) as LocalAuthMaterial;
}

type TokenOptions = { email: string; issuedAt?: number; ttlSeconds?: number; privateKeyPem?: string; sessionId?: string };

/** A Clerk-format token; by default signed with the server's key, so only the option under test differs. */
export function craftToken({ email, issuedAt = Math.floor(Date.now() / 1000), ttlSeconds = 3600, privateKeyPem, sessionId }: TokenOptions) {
  const material = serverKeyMaterial();
  return mintSessionToken({
    subject: localSubjectForEmail(email),
    sessionId: sessionId ?? newSessionId(),
    privateKeyPem: privateKeyPem ?? material.privateKeyPem,
    kid: material.kid,
    issuer: `https://${LOCAL_FRONTEND_API}`,
    authorizedParty: new URL(baseURL).origin,
    issuedAt,
    ttlSeconds,
  });
}

export function foreignPrivateKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export async function setSessionCookies(context: BrowserContext, token: string, clientUat: number) {
  const url = new URL(baseURL);
  await context.addCookies([
    { name: "__session", value: token, domain: url.hostname, path: "/" },
    { name: "__client_uat", value: String(clientUat), domain: url.hostname, path: "/" },
  ]);
}

/** The `sid` of the session the browser context is signed in with (a crafted token must name an open session). */
export async function currentSessionId(context: BrowserContext): Promise<string> {
  const token = (await context.cookies()).find((cookie) => cookie.name === "__session")?.value;
  if (!token) throw new Error("no __session cookie: sign in first");
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).sid;
}
