/**
 * A streaming ZIP writer: entries go out as their content arrives, compressed with deflate, and nothing holds a whole
 * file. Each entry's sizes and CRC-32 are unknown when its header is written, so its header sets the "data
 * descriptor" flag and they follow its data (APPNOTE 4.3.9); the central directory at the end repeats them. Names are
 * UTF-8 (flag bit 11). No ZIP64: an archive past 4 GiB or 65,535 entries is refused rather than written corrupt.
 *
 * Pull-based: the generator computes the next chunk only when the reader asks, so a slow download slows the reads
 * behind it instead of filling memory.
 */
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

export type ZipEntry = {
  /** The path inside the archive, e.g. `practice_sessions.json`. */
  name: string;
  modifiedAt: Date;
  content: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
};

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; UTF-8 names
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

type Written = { name: Buffer; time: number; date: number; crc: number; compressed: number; size: number; offset: number };

/** MS-DOS time and date (2-second resolution, 1980 to 2107), from the UTC clock. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

function localHeader(entry: Pick<Written, "name" | "time" | "date">): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(FLAGS, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(entry.time, 10);
  header.writeUInt16LE(entry.date, 12);
  // CRC-32 and both sizes (14..25) stay zero: the data descriptor carries them.
  header.writeUInt16LE(entry.name.length, 26);
  return Buffer.concat([header, entry.name]);
}

function dataDescriptor(entry: Written): Buffer {
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(DATA_DESCRIPTOR, 0);
  descriptor.writeUInt32LE(entry.crc, 4);
  descriptor.writeUInt32LE(entry.compressed, 8);
  descriptor.writeUInt32LE(entry.size, 12);
  return descriptor;
}

function centralHeader(entry: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(FLAGS, 8);
  header.writeUInt16LE(DEFLATE, 10);
  header.writeUInt16LE(entry.time, 12);
  header.writeUInt16LE(entry.date, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressed, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number, attributes (30..41): zero.
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/** The content as bytes, counting its length and CRC-32 into `tally` as it passes. */
async function* tallied(content: ZipEntry["content"], tally: { crc: number; size: number }): AsyncGenerator<Buffer> {
  for await (const chunk of content) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (bytes.length === 0) continue;
    tally.crc = zlib.crc32(bytes, tally.crc);
    tally.size += bytes.length;
    yield bytes;
  }
}

/** The content deflated, as the compressor produces it. */
async function* deflated(content: ZipEntry["content"], tally: { crc: number; size: number }): AsyncGenerator<Buffer> {
  // Level 1: on export JSON it is within a few percent of level 6's size for about 40% less CPU.
  const compressor = zlib.createDeflateRaw({ level: 1 });
  // One chunk read ahead at most: the reads behind the content wait for the compressor, so memory stays one page.
  const feeding = pipeline(Readable.from(tallied(content, tally), { highWaterMark: 1 }), compressor);
  // A failure reaches the loop below (the compressor is destroyed with it); this keeps it from also going unhandled.
  feeding.catch(() => undefined);
  try {
    for await (const chunk of compressor) yield chunk as Buffer;
    await feeding;
  } finally {
    compressor.destroy();
  }
}

function checkFits(value: number, what: string) {
  if (value > MAX_32) throw new Error(`the archive's ${what} passed 4 GiB, past what a ZIP without ZIP64 can hold`);
}

/** The ZIP archive of `entries`, in order, as a stream of chunks. */
export async function* zipStream(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const written: Written[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const { time, date } = dosDateTime(entry.modifiedAt);
    const name = Buffer.from(entry.name, "utf8");
    const header = localHeader({ name, time, date });
    const start = offset;
    yield header;
    offset += header.length;
    const tally = { crc: 0, size: 0 };
    let compressed = 0;
    for await (const chunk of deflated(entry.content, tally)) {
      compressed += chunk.length;
      yield chunk;
    }
    offset += compressed;
    const record: Written = { name, time, date, crc: tally.crc >>> 0, compressed, size: tally.size, offset: start };
    checkFits(Math.max(offset, tally.size), "size");
    const descriptor = dataDescriptor(record);
    yield descriptor;
    offset += descriptor.length;
    written.push(record);
  }
  if (written.length > 0xffff) throw new Error("more than 65,535 entries need ZIP64");
  const directory = Buffer.concat(written.map(centralHeader));
  checkFits(offset + directory.length, "central directory offset");
  yield directory;
  yield endOfCentralDirectory(written.length, directory.length, offset);
}

/** A web ReadableStream over an async generator of chunks: each read pulls the next chunk; a cancel stops the generator. */
export function readableFrom(chunks: AsyncGenerator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
