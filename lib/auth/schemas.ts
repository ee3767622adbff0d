import { z } from "zod";

export const localSignInSchema = z.object({
  email: z.email("Enter a valid email address.").max(254, "Email must be at most 254 characters.").trim().toLowerCase(),
  displayName: z
    .string()
    .trim()
    .min(1, "Enter the name to show on your account.")
    .max(80, "Display name must be at most 80 characters."),
  redirectTo: z.string().optional(),
});

export type LocalSignInInput = z.infer<typeof localSignInSchema>;

/** Only same-site paths are followed after sign-in, so a crafted link cannot bounce a user to another site. */
export function safeRedirectPath(value: string | undefined | null, fallback = "/profile"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
