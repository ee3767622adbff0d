/**
 * 16-bit mono PCM and WAV (RIFF) files: the local OpenAI server makes them for `audio/speech`, and tests parse them
 * back. `parseWav` walks the RIFF chunks rather than assuming the 44-byte layout, so it also reads WAVs made elsewhere.
 */

const BYTES_PER_SAMPLE = 2;

/** `durationMs` of 16-bit little-endian mono samples: a 440 Hz sine at half scale, or silence. */
export function synthesizePcm16(durationMs: number, sampleRate: number, tone: "sine" | "silence"): Buffer {
  const samples = Math.round((durationMs / 1000) * sampleRate);
  const pcm = Buffer.alloc(samples * BYTES_PER_SAMPLE);
  if (tone === "sine") {
    for (let i = 0; i < samples; i++) {
      pcm.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 16_383), i * BYTES_PER_SAMPLE);
    }
  }
  return pcm;
}

/** Wraps 16-bit mono PCM in a canonical WAV header (RIFF, `fmt ` chunk with format 1, `data` chunk). */
export function wavFromPcm16(pcm: Buffer, sampleRate: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write("WAVE", 8, "ascii");
  header.write("fmt ", 12, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * BYTES_PER_SAMPLE, 28); // byte rate
  header.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  header.writeUInt16LE(16, 34); // bits per sample
  header.write("data", 36, "ascii");
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

/** What `parseWav` reads from a file. */
export type WavInfo = {
  audioFormat: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  /** Bytes of the `data` chunk. */
  dataBytes: number;
  durationMs: number;
};

/** Reads a RIFF/WAVE file's format and duration; throws with the reason when it is not a well-formed WAV. */
export function parseWav(bytes: Uint8Array): WavInfo {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString("ascii", 0, 4) !== "RIFF" || buf.toString("ascii", 8, 12) !== "WAVE") {
    throw new Error("Not a RIFF/WAVE file.");
  }
  if (buf.readUInt32LE(4) !== buf.length - 8) throw new Error(`RIFF size ${buf.readUInt32LE(4)} does not match the file (${buf.length - 8}).`);
  let format: Omit<WavInfo, "dataBytes" | "durationMs"> | undefined;
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= buf.length; ) {
    const id = buf.toString("ascii", offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (body + size > buf.length) throw new Error(`Chunk "${id}" runs past the end of the file.`);
    if (id === "fmt ") {
      format = {
        audioFormat: buf.readUInt16LE(body),
        channels: buf.readUInt16LE(body + 2),
        sampleRate: buf.readUInt32LE(body + 4),
        bitsPerSample: buf.readUInt16LE(body + 14),
      };
      byteRate = buf.readUInt32LE(body + 8);
      if (byteRate !== (format.sampleRate * format.channels * format.bitsPerSample) / 8) throw new Error("Inconsistent byte rate.");
    } else if (id === "data") {
      if (!format) throw new Error('"data" chunk before "fmt ".');
      return { ...format, dataBytes: size, durationMs: (size / byteRate) * 1000 };
    }
    offset = body + size + (size % 2); // chunks are padded to an even length
  }
  throw new Error('No "data" chunk.');
}
