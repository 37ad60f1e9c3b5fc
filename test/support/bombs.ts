import { constants, crc32, deflateRawSync } from "zlib";

/**
 * Highly compressed parts for memory tests, built without ever holding what they expand to: one chunk is deflated
 * with a sync flush (byte-aligned, not final) and repeated, then a final block closes the stream.
 */
export interface DeflatedPart {
  /** Raw DEFLATE data. */
  data: Uint8Array;
  /** Size once inflated, and its CRC-32. */
  size: number;
  crc: number;
}

export function repeatedPart(prefix: string, chunk: Uint8Array, count: number, suffix: string): DeflatedPart {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = Buffer.from(prefix, "utf8");
  const tail = Buffer.from(suffix, "utf8");
  let crc = crc32(head);
  for (let i = 0; i < count; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const size = head.length + chunk.length * count + tail.length;
  const body = deflateRawSync(chunk, flush);
  const pieces = [deflateRawSync(head, flush), ...Array.from({ length: count }, () => body), deflateRawSync(tail)];
  return { data: Buffer.concat(pieces), size, crc };
}

/** `megabytes` MB of zero bytes (an "image" that unpacks to that much). */
export function zeroPart(megabytes: number): DeflatedPart {
  return repeatedPart("", new Uint8Array(1024 * 1024), megabytes, "");
}
