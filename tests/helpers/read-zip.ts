/**
 * A small ZIP reader for tests: reads the central directory (which the writer's data descriptors repeat), checks each
 * entry's CRC-32 and size, and returns the files by name. Stored and deflated entries only, as the writer makes.
 */
import zlib from "node:zlib";

export type ZipFileEntry = { name: string; bytes: Buffer; text: string; modifiedAt: Date };

function dosDate(date: number, time: number): Date {
  return new Date(Date.UTC(1980 + (date >> 9), ((date >> 5) & 0xf) - 1, date & 0x1f, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
}

export function readZip(archive: Buffer): Map<string, ZipFileEntry> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory");
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const files = new Map<string, ZipFileEntry>();
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const method = archive.readUInt16LE(at + 10);
    const [time, date] = [archive.readUInt16LE(at + 12), archive.readUInt16LE(at + 14)];
    const crc = archive.readUInt32LE(at + 16);
    const compressed = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    if (archive.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(dataStart, dataStart + compressed);
    const content = method === 8 ? zlib.inflateRawSync(data) : method === 0 ? data : null;
    if (!content) throw new Error(`${name}: unsupported method ${method}`);
    if (content.length !== size) throw new Error(`${name}: ${content.length} bytes, the directory says ${size}`);
    if (zlib.crc32(content) >>> 0 !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    files.set(name, { name, bytes: content, text: content.toString("utf8"), modifiedAt: dosDate(date, time) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
