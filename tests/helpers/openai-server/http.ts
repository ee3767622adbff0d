/** HTTP plumbing shared by the local OpenAI server's endpoints: OpenAI-shaped replies and errors, and cancellable waits. */
import type http from "node:http";

/** OpenAI's error `type` for an HTTP status. */
export function errorType(status: number): string {
  if (status === 429) return "rate_limit_error";
  return status >= 500 ? "server_error" : "invalid_request_error";
}

/** OpenAI's error body: `{ error: { message, type, param, code } }`. */
export function errorBody(status: number, message: string, param: string | null = null, code: string | null = null) {
  return { error: { message, type: errorType(status), param, code } };
}

const COMMON_HEADERS = { "x-request-id": "req_test", "openai-processing-ms": "1" };

/** Sends a JSON reply unless the client already left. */
export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { ...COMMON_HEADERS, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Sends an OpenAI-shaped error. */
export function sendError(res: http.ServerResponse, status: number, message: string, param: string | null = null, code: string | null = null): void {
  sendJson(res, status, errorBody(status, message, param, code));
}

/** Sends bytes or text with a content type of the endpoint's choosing. */
export function sendBytes(res: http.ServerResponse, status: number, contentType: string, body: Buffer | string): void {
  if (res.destroyed) return;
  res.writeHead(status, { ...COMMON_HEADERS, "content-type": contentType, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** Headers of a Server-Sent Events reply, as OpenAI sends them. */
export function startEventStream(res: http.ServerResponse): void {
  res.writeHead(200, { ...COMMON_HEADERS, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
}

/** Writes and resolves once the bytes are handed to the socket, so a later `destroy()` cannot discard them. */
export function writeFlushed(res: http.ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    res.write(text, () => resolve());
  });
}

/**
 * Waits the server can cancel all at once: every wait resolves `false` early when its client leaves or the server
 * closes, so `close()` is never held up by a stalled reply, a slow stream or a reply a test holds.
 */
export function createWaiter() {
  const pending = new Set<() => void>();

  /**
   * Resolves `true` once `arm` calls its `done`, or `false` as soon as `res` closes or `cancelAll()` runs. `arm` starts
   * what is waited for and returns how to stop it.
   */
  function until(res: http.ServerResponse, arm: (done: () => void) => () => void): Promise<boolean> {
    if (res.destroyed) return Promise.resolve(false);
    return new Promise((resolve) => {
      let settled = false;
      let disarm: () => void = () => undefined;
      const finish = (completed: boolean) => {
        if (settled) return;
        settled = true;
        disarm();
        res.off("close", onClose);
        pending.delete(onClose);
        resolve(completed);
      };
      const onClose = () => finish(false);
      res.on("close", onClose);
      pending.add(onClose);
      disarm = arm(() => finish(true));
      // `arm` may have called `done` at once, before its cleanup was known.
      if (settled) disarm();
    });
  }

  return {
    /** Resolves `true` after `ms`, or `false` as soon as `res` closes or `cancelAll()` runs. */
    wait(ms: number, res: http.ServerResponse): Promise<boolean> {
      if (res.destroyed) return Promise.resolve(false);
      if (ms <= 0) return Promise.resolve(true);
      return until(res, (done) => {
        const timer = setTimeout(done, ms);
        return () => clearTimeout(timer);
      });
    },
    /** Resolves `true` once `released` resolves, or `false` as soon as `res` closes or `cancelAll()` runs. */
    waitForRelease(released: Promise<void>, res: http.ServerResponse): Promise<boolean> {
      return until(res, (done) => {
        void released.then(done);
        return () => undefined;
      });
    },
    cancelAll(): void {
      for (const cancel of [...pending]) cancel();
    },
  };
}
export type Waiter = ReturnType<typeof createWaiter>;
