/**
 * zod's global settings, imported for its effect before any schema is built: by instrumentation-client.ts in the
 * browser and instrumentation.ts on the server, the first code Next runs on each side.
 *
 * `jitless`: zod 4 compiles object parsers with `new Function`, and first probes whether it may by calling
 * `Function("")` when an object schema is built. Under our nonce CSP (no 'unsafe-eval') the browser refuses the probe
 * and reports a CSP violation on every page with a form, although zod catches the error and falls back. With
 * `jitless` it never probes. The server takes the same setting so both sides parse with the same code path (it costs
 * about 1.5 µs per object parse there).
 *
 * zod keeps its settings in one object on `globalThis` (`__zod_globalConfig`), which every copy of zod shares and which
 * `z.config()` writes to. This module writes to that object directly instead of importing `z.config`, because even
 * `zod/v4/core`'s `config` brings about 11 kB gzip of zod into every page, most of which builds no schema at all.
 * zod-config.test.ts checks that zod reads the setting, so a zod upgrade that moves it fails there.
 */

export const ZOD_GLOBAL_CONFIG_KEY = "__zod_globalConfig";

type ZodGlobals = typeof globalThis & { [ZOD_GLOBAL_CONFIG_KEY]?: Record<string, unknown> };

const globals = globalThis as ZodGlobals;
// Merged into zod's object when zod has already loaded, else created for zod to adopt when it loads.
globals[ZOD_GLOBAL_CONFIG_KEY] = Object.assign(globals[ZOD_GLOBAL_CONFIG_KEY] ?? {}, { jitless: true });
