/**
 * The local OpenAI server's moderation endpoint, read by the real `openai` SDK: it flags by a scripted rule and
 * answers in OpenAI's result shape.
 */
import OpenAI, { APIError } from "openai";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODERATION_MARKER, MODERATION_CATEGORIES } from "@/tests/helpers/openai-server";
import { useOpenAIServer } from "@/tests/helpers/use-openai-server";

const openai = useOpenAIServer();

const moderate = (input: OpenAI.ModerationCreateParams["input"]) => openai.client.moderations.create({ model: "omni-moderation-latest", input });

describe("moderations", () => {
  it("flags an input containing the marker and not other text", async () => {
    const response = await moderate([`I would ${DEFAULT_MODERATION_MARKER} here.`, "I led the team through the outage."]);

    expect(response.id).toMatch(/^modr-/);
    expect(response.model).toBe("omni-moderation-latest");
    const [flagged, clean] = response.results;
    expect(flagged?.flagged).toBe(true);
    expect(flagged?.categories.harassment).toBe(true);
    expect(flagged?.category_scores.harassment).toBeGreaterThan(0.9);
    expect(Object.keys(flagged?.categories ?? {}).sort()).toEqual([...MODERATION_CATEGORIES].sort());
    expect(Object.keys(flagged?.category_scores ?? {}).sort()).toEqual([...MODERATION_CATEGORIES].sort());
    expect(clean?.flagged).toBe(false);
    expect(Object.values(clean?.categories ?? {}).every((value) => value === false)).toBe(true);
  });

  it("flags a custom marker in the scripted category", async () => {
    openai.server.setModeration({ flag: "marker", marker: "UNSAFE", category: "violence" });
    const [result] = (await moderate("this is UNSAFE")).results;
    expect(result?.flagged).toBe(true);
    expect(result?.categories).toMatchObject({ violence: true, harassment: false });
    expect((await moderate(`still ${DEFAULT_MODERATION_MARKER}`)).results[0]?.flagged).toBe(false);
  });

  it("flags every input when set to always and none when set to never", async () => {
    openai.server.setModeration({ flag: "always" });
    expect((await moderate(["a", "b"])).results.map((r) => r.flagged)).toEqual([true, true]);
    openai.server.setModeration({ flag: "never" });
    expect((await moderate(DEFAULT_MODERATION_MARKER)).results.map((r) => r.flagged)).toEqual([false]);
  });

  it("answers a multimodal input with one result", async () => {
    const response = await moderate([
      { type: "text", text: `caption ${DEFAULT_MODERATION_MARKER}` },
      { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } },
    ]);
    expect(response.results).toHaveLength(1);
    expect(response.results[0]?.flagged).toBe(true);
    expect(response.results[0]?.category_applied_input_types.violence).toEqual(["text", "image"]);
    expect(response.results[0]?.category_applied_input_types.harassment).toEqual(["text"]);
  });

  it("records the input the app sent", async () => {
    await moderate("my answer");
    expect(openai.server.requests[0]).toMatchObject({ method: "POST", path: "/v1/moderations", body: { model: "omni-moderation-latest", input: "my answer" } });
  });

  it("fails with the scripted status, then recovers", async () => {
    openai.server.setNextError("moderations", 503, "Moderation is down.");
    await expect(moderate("text")).rejects.toMatchObject({ status: 503, error: { message: "Moderation is down." } });
    expect((await moderate("text")).results[0]?.flagged).toBe(false);
  });

  it("rejects an input OpenAI would reject", async () => {
    const call = openai.client.moderations.create({ input: [] });
    await expect(call).rejects.toBeInstanceOf(APIError);
    await expect(call).rejects.toMatchObject({ status: 400, param: "input" });
  });
});
