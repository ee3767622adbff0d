/**
 * Property-based fuzzing of the forms backed by server actions, in the production build: sign-in, and the profile's
 * save and clear. Values typing cannot produce (NUL, half an emoji) are set through the input's native value setter,
 * as a paste or a script would; unknown hidden inputs named after prototype keys ride along. The property for each
 * submission: the action's POST is never a 5xx and nothing throws in the page; the outcome is the one the shared
 * schema predicts from what the browser actually sends; a refusal shows a message and keeps what was typed, and
 * leaves what was saved before untouched. Bodies past Next's 1 MB action limit are refused in the form before
 * sending, and with a JSON 413 when a script sends one anyway.
 */
import fc from "fast-check";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACTION_BODY_LIMIT_BYTES, ACTION_BODY_TOO_LARGE_MESSAGE } from "../lib/api/action-body-limit";
import { localSignInSchema } from "../lib/auth/schemas";
import { PROFILE_FIELD_LABELS, PROFILE_FIELDS, profileInputSchema, type ProfileField } from "../lib/profile/schemas";
import { nastyText, wellFormed } from "../tests/helpers/fuzz-inputs";
import { baseURL, newIdentity, signIn } from "./helpers";

const RUNS = 20;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** A field's value: ordinary text in any script, or something odd (NUL, lone surrogates, RTL, past the limits). */
const fieldValue = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 4, arbitrary: nastyText },
  { weight: 1, arbitrary: fc.constant("") },
);

/** Hidden inputs a tampered page might add; none shares a name with a real field, so "what was typed" stays defined. */
const extraInputs = fc.array(
  fc.tuple(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "redirectTo", "$ACTION_ID_0", "userId"), fieldValue),
  { maxLength: 3 },
);

/** Strings cross to the page as UTF-16 code units: JSON on the way could not be trusted with half a surrogate. */
const unitsOf = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
const fromUnits = (units: number[]) => units.reduce((text, unit) => text + String.fromCharCode(unit), "");

/** Sets a field as a paste would (through the native setter, so React sees it) and returns what the field now holds. */
async function paste(field: Locator, value: string): Promise<string> {
  const units = await field.evaluate((element, codes) => {
    const input = element as HTMLInputElement | HTMLTextAreaElement;
    let text = "";
    for (let i = 0; i < codes.length; i += 4096) text += String.fromCharCode(...codes.slice(i, i + 4096));
    const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, "value")!.set!.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    return Array.from({ length: input.value.length }, (_, i) => input.value.charCodeAt(i));
  }, unitsOf(value));
  return fromUnits(units);
}

async function heldBy(field: Locator): Promise<string> {
  return fromUnits(await field.evaluate((element) => {
    const value = (element as HTMLInputElement).value;
    return Array.from({ length: value.length }, (_, i) => value.charCodeAt(i));
  }));
}

async function addHiddenInputs(form: Locator, inputs: [string, string][]) {
  await form.evaluate((element, entries) => {
    for (const old of element.querySelectorAll("[data-fuzz]")) old.remove();
    for (const [name, codes] of entries) {
      const input = document.createElement("input");
      Object.assign(input, { type: "hidden", name, value: String.fromCharCode(...codes) });
      input.dataset.fuzz = "";
      element.appendChild(input);
    }
  }, inputs.map(([name, value]) => [name, unitsOf(value)] as [string, number[]]));
}

/** What the browser sends for a field: lone surrogates become U+FFFD; multipart may turn line breaks into CRLF. */
const asSent = (text: string, crlf: boolean) => (crlf ? wellFormed(text).replace(/\r\n|\r|\n/g, "\r\n") : wellFormed(text));
const lf = (text: string | null | undefined) => (text ?? "").replace(/\r\n/g, "\n");

/** Whether the schema accepts the values, or "either" where it depends on how the browser wrote the line breaks. */
function predicted(parse: (crlf: boolean) => boolean): boolean | "either" {
  const [plain, crlf] = [parse(false), parse(true)];
  return plain === crlf ? plain : "either";
}

/** Collects every 5xx the page receives and every exception it throws, for the property to check after each run. */
function watchFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) failures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on("pageerror", (error) => failures.push(`page error: ${error.message}`));
  return failures;
}

const isActionPost = (path: string) => (response: { request(): { method(): string }; url(): string }) =>
  response.request().method() === "POST" && new URL(response.url()).pathname === path;

async function storedProfile(page: Page): Promise<Record<ProfileField, string | null>> {
  const response = await page.request.get("/api/profile");
  expect(response.status()).toBe(200);
  return (await response.json()).profile;
}

test("sign-in answers any values with a redirect or a message, never a 500, and keeps what was typed", async ({ page, context }) => {
  test.setTimeout(240_000);
  const failures = watchFailures(page);
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.constant(newIdentity("fuzz").email), fieldValue), fieldValue, extraInputs, async (email, name, extras) => {
      await context.clearCookies();
      await page.goto("/sign-in?redirect_url=%2Fprofile");
      const [emailField, nameField] = [page.getByLabel("Email"), page.getByLabel("Display name")];
      const held = { email: await paste(emailField, email), displayName: await paste(nameField, name) };
      const form = page.locator("form", { has: emailField });
      await addHiddenInputs(form, extras);
      const valid = predicted(
        (crlf) => localSignInSchema.safeParse({ email: asSent(held.email, crlf), displayName: asSent(held.displayName, crlf), acceptTerms: "on" }).success,
      );
      await page.getByLabel("I accept the terms of use and the privacy notice").check();

      const answered = page.waitForResponse(isActionPost("/sign-in"));
      await page.getByRole("button", { name: "Sign in" }).click();
      expect((await answered).status()).toBeLessThan(500);
      // Inside the form: Next's route announcer is an alert too.
      const message = form.getByRole("alert").or(form.locator("#email-error, #displayName-error")).first();
      let outcome = "waiting";
      await expect
        .poll(async () => (outcome = new URL(page.url()).pathname === "/profile" ? "signed in" : (await message.isVisible()) ? "refused" : "waiting"))
        .not.toBe("waiting");
      if (valid !== "either") expect(outcome, `sign-in with ${JSON.stringify(held)}`).toBe(valid ? "signed in" : "refused");
      if (outcome === "signed in") {
        // Whatever redirectTo a hidden input claimed, the trip ends on this site.
        expect(new URL(page.url()).origin).toBe(new URL(baseURL).origin);
      } else {
        // The refusal hands back what was sent, as the browser sent it.
        expect(await heldBy(emailField)).toBe(asSent(held.email, false));
        expect(await heldBy(nameField)).toBe(asSent(held.displayName, false));
      }
      expect(failures).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test("profile save and clear answer any values with a message, never a 500, and a refusal keeps what was saved", async ({ page }) => {
  test.setTimeout(300_000);
  const failures = watchFailures(page);
  await signIn(page, newIdentity("fuzz-profile"));
  const fields = Object.fromEntries(
    PROFILE_FIELDS.map((field) => [field, page.getByRole("textbox", { name: PROFILE_FIELD_LABELS[field], exact: true })]),
  ) as Record<ProfileField, Locator>;
  const form = page.locator("form", { has: fields.cvText });
  const status = page.getByTestId("profile-status");
  const saveButton = page.getByRole("button", { name: "Save profile" });
  let saved: Record<ProfileField, string> = { cvText: "", targetRole: "", goals: "" };

  await fc.assert(
    fc.asyncProperty(
      fc.record({ cvText: fieldValue, targetRole: fieldValue, goals: fieldValue }),
      extraInputs,
      fc.option(fc.constantFrom(...PROFILE_FIELDS)),
      async (values, extras, clear) => {
        const held = {} as Record<ProfileField, string>;
        for (const field of PROFILE_FIELDS) held[field] = await paste(fields[field], values[field]);
        await addHiddenInputs(form, extras);
        const sent = (crlf: boolean) => Object.fromEntries(PROFILE_FIELDS.map((field) => [field, asSent(held[field], crlf)]));
        const valid = predicted((crlf) => profileInputSchema.safeParse(sent(crlf)).success);

        const answered = page.waitForResponse(isActionPost("/profile"));
        await saveButton.click();
        expect((await answered).status()).toBeLessThan(500);
        await expect(saveButton).toBeEnabled();
        const accepted = (await status.textContent()) === "Profile saved.";
        if (!accepted) await expect(status).toHaveText("Please fix the highlighted fields.");
        if (valid !== "either") expect(accepted, `save ${JSON.stringify(held)}`).toBe(valid);
        // Saved or refused, the form still shows what was typed.
        for (const field of PROFILE_FIELDS) expect(await heldBy(fields[field])).toBe(held[field]);
        if (accepted) saved = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, lf(asSent(held[field], false)).trim()])) as typeof saved;
        const stored = await storedProfile(page);
        for (const field of PROFILE_FIELDS) expect(lf(stored[field]), field).toBe(saved[field]);

        if (clear && held[clear] !== "") {
          const cleared = page.waitForResponse(isActionPost("/profile"));
          await page.getByRole("button", { name: `Clear ${PROFILE_FIELD_LABELS[clear]}` }).click();
          expect((await cleared).status()).toBeLessThan(500);
          await expect(status).toHaveText(`${PROFILE_FIELD_LABELS[clear]} cleared.`);
          await expect(fields[clear]).toHaveValue("");
          saved = { ...saved, [clear]: "" };
          const afterClear = await storedProfile(page);
          for (const field of PROFILE_FIELDS) expect(lf(afterClear[field]), field).toBe(saved[field]);
        }
        expect(failures).toEqual([]);
      },
    ),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
});

test("a CV past the 1 MB action limit gets a message in the form and is never sent; a script sending one gets a JSON 413", async ({ page }) => {
  test.setTimeout(120_000);
  const failures = watchFailures(page);
  await signIn(page, newIdentity("fuzz-large"));
  const cv = page.getByRole("textbox", { name: "CV text", exact: true });
  const status = page.getByTestId("profile-status");
  await page.getByRole("textbox", { name: "Goals", exact: true }).fill("Keep this goal.");
  const firstSave = page.waitForRequest((request) => request.method() === "POST" && new URL(request.url()).pathname === "/profile");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(status).toHaveText("Profile saved.");
  const actionId = (await firstSave).headers()["next-action"]!;
  expect(actionId).toBeTruthy();

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  const length = ACTION_BODY_LIMIT_BYTES + 50_000;
  await cv.evaluate((element, size) => {
    const textarea = element as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, "x".repeat(size));
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, length);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(status).toHaveText(ACTION_BODY_TOO_LARGE_MESSAGE);
  await expect(page.getByTestId("cvText-error")).toHaveText("CV text must be at most 20,000 characters.");
  expect(await cv.evaluate((element) => (element as HTMLTextAreaElement).value.length)).toBe(length);
  expect(posts).toEqual([]);
  expect(await storedProfile(page)).toMatchObject({ cvText: null, goals: "Keep this goal." });

  // Clearing sends only the field's name, so an over-long CV can always be cleared.
  await page.getByRole("button", { name: "Clear CV text" }).click();
  await expect(status).toHaveText("CV text cleared.");
  await expect(cv).toHaveValue("");
  expect(await storedProfile(page)).toMatchObject({ cvText: null, goals: "Keep this goal." });

  // A script that skips the form: the proxy answers before Next would read the body and throw.
  for (const path of ["/profile", "/sign-in"]) {
    const response = await page.request.post(path, {
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(ACTION_BODY_LIMIT_BYTES + 1),
    });
    expect(response.status(), path).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  }
  expect(failures).toEqual([]);
});
