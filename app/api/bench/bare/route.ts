import { NextResponse } from "next/server";
import { benchRoutesEnabled } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * The floor for bench/star-score: a JSON answer with no work behind it, served through the same proxy. It exists only
 * when ENABLE_BENCH_ROUTES=1 and is a 404 everywhere else.
 */
export async function POST() {
  if (!benchRoutesEnabled) return NextResponse.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  return NextResponse.json({ ok: true });
}
