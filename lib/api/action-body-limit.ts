/**
 * The size limit on a server action's request body, shared by the proxy (which refuses a larger declared body with a
 * JSON 413) and the forms (which do not send one). Past it Next's action handler throws while reading, and a fetch
 * action answers that with a 500 the form cannot show: React throws it into the error boundary instead.
 * Pure, with no server-only import: the browser's forms use it.
 */

/** Next's `serverActions.bodySizeLimit`, which next.config.ts leaves at its default of 1 MB. Keep the two in step. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/** What a form shows instead of sending a body past the limit. */
export const ACTION_BODY_TOO_LARGE_MESSAGE =
  "That is too much text to send at once (the limit is 1 MB). Shorten the fields marked in red and try again; nothing was sent.";

/** Room for the boundary and part headers around each field, and for the prefix React's encoding adds to its name. */
const PART_OVERHEAD_BYTES = 200;

const encoder = new TextEncoder();

/**
 * About how many bytes the browser sends for this form data, erring high: each field's UTF-8 size (a lone surrogate
 * is sent as U+FFFD, three bytes, as TextEncoder counts it), a byte more for each line break (multipart sends CRLF),
 * and a generous allowance per part.
 */
export function actionBodyBytes(formData: FormData): number {
  let total = PART_OVERHEAD_BYTES;
  formData.forEach((value, name) => {
    const size = typeof value === "string" ? encoder.encode(value).byteLength + (value.match(/[\r\n]/g)?.length ?? 0) : value.size;
    total += PART_OVERHEAD_BYTES + encoder.encode(name).byteLength + size;
  });
  return total;
}

/** Whether this form data would go past the server action body limit. */
export function exceedsActionBodyLimit(formData: FormData): boolean {
  return actionBodyBytes(formData) > ACTION_BODY_LIMIT_BYTES;
}
