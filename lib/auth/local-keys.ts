/**
 * Key material for local auth: an RSA-2048 pair that signs Clerk-format session tokens, and the secret Clerk's SDK
 * uses to sign the auth headers it hands from the proxy to the app. Generated once and kept under the data folder.
 */
import "server-only";
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The Frontend API host our local tokens claim to come from; it never resolves, nothing calls it. */
export const LOCAL_FRONTEND_API = "clerk.rehearse.localhost";

/** A production-format key: `pk_live_` keys verify with no network, `pk_test_` keys start a handshake. */
export const LOCAL_PUBLISHABLE_KEY = encodePublishableKey(LOCAL_FRONTEND_API);

const LOCAL_SECRET_PREFIX = "sk_live_local_";

/** Whether a CLERK_SECRET_KEY value is one this module generated (local mode), not a real Clerk key. */
export function isLocalSecret(value: string): boolean {
  return value.startsWith(LOCAL_SECRET_PREFIX);
}

export type LocalAuthMaterial = {
  kid: string;
  privateKeyPem: string;
  publicKeyPem: string;
  /** Stands in for CLERK_SECRET_KEY: Clerk HMACs the auth headers it passes from the proxy with it. */
  secret: string;
};

/** `pk_live_` + base64 of `host$`, padding removed: the shape Clerk's SDK decodes. */
export function encodePublishableKey(frontendApiHost: string): string {
  return `pk_live_${Buffer.from(`${frontendApiHost}$`).toString("base64").replace(/=+$/, "")}`;
}

export function generateLocalAuthMaterial(): LocalAuthMaterial {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
  return {
    kid: `ins_local_${createHash("sha256").update(publicKeyPem).digest("hex").slice(0, 16)}`,
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem,
    secret: `${LOCAL_SECRET_PREFIX}${randomBytes(32).toString("hex")}`,
  };
}

const cache = new Map<string, LocalAuthMaterial>();

/** Loads the key material from `<dataDir>/auth/local-clerk.json`, creating it (mode 0600) on first use. */
export function ensureLocalAuthMaterial(dataDir: string): LocalAuthMaterial {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const file = path.join(dataDir, "auth", "local-clerk.json");
  let material: LocalAuthMaterial;
  try {
    material = JSON.parse(fs.readFileSync(file, "utf8")) as LocalAuthMaterial;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    material = generateLocalAuthMaterial();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      // "wx" fails if another process won the race; then we read what it wrote.
      fs.writeFileSync(file, JSON.stringify(material), { mode: 0o600, flag: "wx" });
    } catch (writeError) {
      if ((writeError as NodeJS.ErrnoException).code !== "EEXIST") throw writeError;
      material = JSON.parse(fs.readFileSync(file, "utf8")) as LocalAuthMaterial;
    }
  }
  cache.set(dataDir, material);
  return material;
}
