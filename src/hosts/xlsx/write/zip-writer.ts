import { deflateSync } from "fflate";
import { MarkedCopyError } from "./marked-copy-error";

/** One entry to write: its bytes already compressed (copied from the original zip) or to be compressed here. */
export type ZipInput =
  { name: string; stored: { method: number; crc: number; size: number; time: number; date: number; data: Uint8Array } } | { name: string; bytes: Uint8Array };

const BIG_PART = 1 << 20;
const MAX_ZIP32 = 0xffffffff;
const utf8 = new TextEncoder();

/**
 * Writes a zip from the entries in order. A copied entry keeps its compressed bytes, method and CRC (nothing is
 * inflated or compressed again: an image or a VBA project costs its stored size); a new or edited one is deflated,
 * parts over 1 MiB at level 1 (level 6 is several times slower on a big sheet's repetitive XML for ~25 % less).
 */
export function writeZip(entries: readonly ZipInput[]): Uint8Array {
  const now = dosDateTime(new Date());
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = utf8.encode(entry.name);
    const stored =
      "stored" in entry
        ? entry.stored
        : {
            method: 8,
            crc: crc32(entry.bytes),
            size: entry.bytes.length,
            ...now,
            data: deflateSync(entry.bytes, { level: entry.bytes.length > BIG_PART ? 1 : 6 }),
          };
    if (stored.size > MAX_ZIP32 || stored.data.length > MAX_ZIP32 || offset > MAX_ZIP32) {
      throw new MarkedCopyError("无法写出标记副本：工作簿超过 4 GB，超出标记副本能写的大小。");
    }
    const header = fileHeader(name, stored, offset);
    locals.push(header.local, stored.data);
    centrals.push(header.central);
    offset += header.local.length + stored.data.length;
  }
  if (entries.length > 0xffff) throw new MarkedCopyError("无法写出标记副本：工作簿的部件超过 65535 个。");
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end], offset + directorySize + end.length);
}

function fileHeader(name: Uint8Array, e: { method: number; crc: number; size: number; time: number; date: number; data: Uint8Array }, offset: number) {
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, 0x0800, true); // UTF-8 names; sizes in the header, no data descriptor
  lv.setUint16(8, e.method, true);
  lv.setUint16(10, e.time, true);
  lv.setUint16(12, e.date, true);
  lv.setUint32(14, e.crc, true);
  lv.setUint32(18, e.data.length, true);
  lv.setUint32(22, e.size, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, 0x0800, true);
  cv.setUint16(10, e.method, true);
  cv.setUint16(12, e.time, true);
  cv.setUint16(14, e.date, true);
  cv.setUint32(16, e.crc, true);
  cv.setUint32(20, e.data.length, true);
  cv.setUint32(24, e.size, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, offset, true);
  central.set(name, 46);
  return { local, central };
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

let table: Int32Array | undefined;

/** CRC-32 (IEEE), as zip stores it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
