/**
 * The STRIPE_* variables that turn billing on in a test file. Imports nothing, so a file can apply them in
 * `vi.hoisted` before anything imports lib/env (which reads process.env once), then `vi.resetModules()`.
 */
export const STRIPE_TEST_ENV = {
  STRIPE_SECRET_KEY: "sk_test_local_0123456789abcdef",
  STRIPE_WEBHOOK_SECRET: "whsec_local_test_0123456789abcdef",
  STRIPE_PRICE_CANDIDATE_PRO: "price_test_candidate_pro",
  STRIPE_PRICE_TEAM_SEAT: "price_test_team_seat",
} as const;

export function applyStripeTestEnv(): void {
  Object.assign(process.env, STRIPE_TEST_ENV);
}
