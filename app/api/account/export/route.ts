import { defineRoute, methodsOtherThan } from "@/lib/api/define-route";
import { exportAccount } from "@/lib/privacy/export/account-export";
import { ACCOUNT_EXPORT_ALLOWANCE } from "@/lib/privacy/export/export-allowance";

/** Everything the product holds about the signed-in user, as a ZIP of JSON files with a README, streamed. */
export const GET = defineRoute({ name: "account.export", auth: "user", limit: ACCOUNT_EXPORT_ALLOWANCE }, async (ctx) => {
  const { filename, body } = await exportAccount(ctx);
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = methodsOtherThan("GET");
