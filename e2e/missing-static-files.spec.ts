import { expect, test } from "@playwright/test";

/**
 * Paths the proxy never sees (public/ files and icons). A missing one must be a plain 404 with every security header
 * from next.config, not a 500 from rendering the not-found page without the proxy.
 */
const MISSING = ["/robots.txt", "/mediapipe/no-such-file.js", "/fonts/no-such-font.woff2", "/icon.png"];

for (const pathname of MISSING) {
  test(`a missing ${pathname} answers 404 with every security header`, async ({ request }) => {
    const response = await request.get(pathname);
    expect(response.status()).toBe(404);
    const headers = response.headers();
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains; preload");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-xss-protection"]).toBe("0");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["permissions-policy"]).toContain("microphone=()");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
  });
}
