/**
 * Tailwind classes of the app's buttons, shared so the same kind of button looks the same everywhere.
 * Plain strings: use them as `className={primaryButton}`.
 */

/** The main action: filled with the brand colour. */
export const primaryButton = "rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60";

/** A lesser action beside a primary one: outlined. */
export const secondaryButton = "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60";

/** Backing out of a confirmation: outlined, without hover. */
export const cancelButton = "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium";

/** Confirms something destructive: filled red. */
export const dangerButton = "rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60";

/** Opens a destructive flow (which then asks for confirmation): outlined red. */
export const dangerOutlineButton = "rounded-md border border-red-300 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50";
