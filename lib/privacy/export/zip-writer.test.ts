import { describe, expect, it } from "vitest";
import { readZip } from "@/tests/helpers/read-zip";
import { readableFrom, zipStream, type ZipEntry } from "./zip-writer";

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

const at = new Date("2026-12-07T03:04:06Z");

describe("zipStream", () => {
  it("writes entries that read back with their names, contents and times", async () => {
    async function* pages() {
      yield "[\n";
      for (let i = 0; i < 3; i++) yield `${i === 0 ? "" : ",\n"}{"n": ${i}, "note": "Übung ✓"}`;
      yield "\n]\n";
    }
    const entries: ZipEntry[] = [
      { name: "README.txt", modifiedAt: at, content: ["What is in this export.\n"] },
      { name: "rows.json", modifiedAt: at, content: pages() },
      { name: "empty.json", modifiedAt: at, content: [] },
    ];
    const files = readZip(await collect(zipStream(entries)));
    expect([...files.keys()]).toEqual(["README.txt", "rows.json", "empty.json"]);
    expect(files.get("README.txt")!.text).toBe("What is in this export.\n");
    expect(JSON.parse(files.get("rows.json")!.text)).toEqual([0, 1, 2].map((n) => ({ n, note: "Übung ✓" })));
    expect(files.get("empty.json")!.text).toBe("");
    expect(files.get("rows.json")!.modifiedAt).toEqual(at);
  });

  it("compresses repetitive content and keeps bytes exact across many chunks", async () => {
    const chunk = new Uint8Array(64 * 1024).map((_, i) => i % 251);
    const archive = await collect(zipStream([{ name: "big.bin", modifiedAt: at, content: Array.from({ length: 40 }, () => chunk) }]));
    expect(archive.length).toBeLessThan(40 * chunk.length);
    const { bytes } = readZip(archive).get("big.bin")!;
    expect(bytes.length).toBe(40 * chunk.length);
    expect(bytes.subarray(39 * chunk.length).equals(Buffer.from(chunk))).toBe(true);
  });

  it("stops reading the content when the reader cancels", async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield "x".repeat(1024);
      }
    }
    const reader = readableFrom(zipStream([{ name: "endless.txt", modifiedAt: at, content: endless() }])).getReader();
    await reader.read();
    await reader.cancel();
    const afterCancel = produced;
    await new Promise((resolve) => setImmediate(resolve));
    expect(produced).toBe(afterCancel);
  });

  it("fails the stream when the content fails", async () => {
    async function* failing() {
      yield "start";
      throw new Error("the database went away");
    }
    await expect(collect(zipStream([{ name: "a.json", modifiedAt: at, content: failing() }]))).rejects.toThrow("the database went away");
  });
});
