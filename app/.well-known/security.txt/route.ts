import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { securityTxt } from "@/lib/security/security-txt";

export const dynamic = "force-dynamic";

/** RFC 9116 security.txt: the contact from configuration, and an Expires computed from the clock on every request. */
export const GET = defineRoute({ name: "security.txt", auth: "public" }, async (ctx) =>
  new Response(securityTxt(ctx.now()), { headers: { "content-type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" } }),
);

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
