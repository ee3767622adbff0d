"use client";

/**
 * Clerk's UI for Clerk mode, loaded on demand. These wrappers are what layouts and pages import; each loads
 * components/clerk-ui.tsx (Clerk's React SDK) only when it renders, so local mode, which never renders them, does
 * not download the SDK.
 *
 * A dynamic import on the server side does not achieve this: Turbopack puts every client component reachable through
 * a server component's `import()` into that route's first-load scripts, rendered or not. The split has to happen here,
 * in the browser's module graph.
 */
import dynamic from "next/dynamic";

/** Wraps the page body in Clerk's provider (which loads clerk-js from Clerk's servers). */
export const ClerkShell = dynamic(() => import("@/components/clerk-ui").then((ui) => ui.ClerkProviderClient));

/** Clerk's sign-out button, styled like the local one. */
export const ClerkSignOutButton = dynamic(() => import("@/components/clerk-ui").then((ui) => ui.ClerkSignOutButtonClient));

/** Clerk's hosted sign-in form, centred. */
export const ClerkSignIn = dynamic(() => import("@/components/clerk-ui").then((ui) => ui.ClerkSignInClient));
