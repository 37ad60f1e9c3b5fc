import { inflate } from "./inflater";
import { PackageProblem } from "./read-error";

/**
 * The entries of a .zip package, read from its central directory; an entry's bytes are inflated only when asked
 * (images, charts and the VBA project of an .xlsm are never decompressed) by the thread's inflater (inflater.ts).
 *
 *   const zip = ZipArchive.open(bytes);
 *   zip.has("xl/workbook.xml")   // true
 *   zip.read("xl/workbook.xml")  // Uint8Array of the XML
 */

/** One part may not expand beyond this: a JS string holds at most ~512 M characters, and no real sheet comes near. */
export const MAX_PART_BYTES = 400 * 1024 * 1024;
/** DEFLATE cannot expand more than ~1032:1; a header claiming more is lying (a zip bomb or damage). */
const MAX_DEFLATE_RATIO = 1100;

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  /** Part name as stored, "/" separated, no leading "/". */
  name: string;
  method: number;
  /** CRC-32 of the uncompressed bytes, and the DOS time and date, as the central directory gives them. */
  crc: number;
  time: number;
  date: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipArchive {
  private constructor(
    private readonly bytes: Uint8Array,
    /** Lower-cased part name → entry (OPC part names compare case-insensitively). */
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Reads the central directory; throws PackageProblem when the bytes are not a complete zip. */
  static open(bytes: Uint8Array): ZipArchive {
    const eocd = findEndOfCentralDirectory(bytes);
    if (eocd < 0) throw new PackageProblem("文件不完整（压缩包的目录缺失，可能在下载或复制时被截断）");
    const { count, offset, size } = directoryBounds(bytes, eocd);
    if (offset + size > bytes.length) throw new PackageProblem("文件不完整（压缩包的目录超出文件末尾，可能被截断）");
    const entries = new Map<string, ZipEntry>();
    let at = offset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || u32(bytes, at) !== SIG_CENTRAL) throw new PackageProblem("压缩包目录已损坏");
      const entry = centralEntry(bytes, at);
      const key = entry.name.toLowerCase();
      if (entries.has(key)) throw new PackageProblem(`压缩包中“${entry.name}”出现了不止一次，无法确定用哪一份，文件已损坏或被改动过`);
      entries.set(key, entry);
      at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
    return new ZipArchive(bytes, entries);
  }

  /** Part names as stored in the zip. */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entries in the order of the central directory. */
  entryList(): ZipEntry[] {
    return [...this.entries.values()];
  }

  /** An entry's bytes as stored (compressed, not inflated): for copying a part unchanged. */
  storedBytes(entry: ZipEntry): Uint8Array {
    const start = dataStart(this.bytes, entry);
    if (start + entry.compressedSize > this.bytes.length) throw new PackageProblem(`文件不完整（“${entry.name}”的数据被截断）`);
    return this.bytes.subarray(start, start + entry.compressedSize);
  }

  /** The part's bytes, or undefined when the zip has no such part. Throws PackageProblem when it cannot be inflated. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name.toLowerCase());
    return entry ? this.extract(entry) : undefined;
  }

  private extract(entry: ZipEntry): Uint8Array {
    if (entry.encrypted) throw new PackageProblem(`压缩包中的“${entry.name}”设有密码，无法读取`);
    if (entry.size > MAX_PART_BYTES)
      throw new PackageProblem(`“${entry.name}”解压后达 ${megabytes(entry.size)} MB，超过可读取的上限 ${megabytes(MAX_PART_BYTES)} MB`);
    const start = dataStart(this.bytes, entry);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new PackageProblem(`文件不完整（“${entry.name}”的数据被截断）`);
    const data = this.bytes.subarray(start, end);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new PackageProblem(`“${entry.name}”使用了不支持的压缩方式（${entry.method}）`);
    if (entry.size > entry.compressedSize * MAX_DEFLATE_RATIO + 1024) throw new PackageProblem(`“${entry.name}”声明的大小与压缩数据不符，文件已损坏`);
    let out: Uint8Array;
    try {
      out = inflate(data, entry.size);
    } catch {
      throw new PackageProblem(`“${entry.name}”的数据已损坏，无法解压`);
    }
    if (out.length !== entry.size) throw new PackageProblem(`“${entry.name}”的数据不完整（解压后 ${out.length} 字节，应为 ${entry.size} 字节）`);
    return out;
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) if (bytes[at] === 0x50 && u32(bytes, at) === SIG_EOCD) return at;
  return -1;
}

/** Entry count, offset and size of the central directory, from the zip64 record when the classic one overflows. */
function directoryBounds(bytes: Uint8Array, eocd: number): { count: number; offset: number; size: number } {
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  const locator = eocd - 20;
  if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && locator >= 0 && u32(bytes, locator) === SIG_ZIP64_LOCATOR) {
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== SIG_ZIP64_EOCD) throw new PackageProblem("压缩包目录已损坏（zip64 记录缺失）");
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    offset = u64(bytes, record + 48);
  }
  return { count, offset, size };
}

const NAME_DECODER = new TextDecoder("utf-8");

function centralEntry(bytes: Uint8Array, at: number): ZipEntry {
  const nameLength = u16(bytes, at + 28);
  const extraLength = u16(bytes, at + 30);
  const nameStart = at + 46;
  if (nameStart + nameLength + extraLength > bytes.length) throw new PackageProblem("压缩包目录已损坏");
  const name = NAME_DECODER.decode(bytes.subarray(nameStart, nameStart + nameLength))
    .replace(/\\/g, "/")
    .replace(/^\/+/, "");
  const entry: ZipEntry = {
    name,
    method: u16(bytes, at + 10),
    time: u16(bytes, at + 12),
    date: u16(bytes, at + 14),
    crc: u32(bytes, at + 16),
    encrypted: (u16(bytes, at + 8) & 1) === 1,
    compressedSize: u32(bytes, at + 20),
    size: u32(bytes, at + 24),
    localOffset: u32(bytes, at + 42),
  };
  readZip64Extra(bytes, nameStart + nameLength, extraLength, entry);
  return entry;
}

/** Sizes and offset of 4 GiB and more live in the zip64 extra field (id 1), in this order, only where the header says 0xffffffff. */
function readZip64Extra(bytes: Uint8Array, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; at += 4 + u16(bytes, at + 2)) {
    if (u16(bytes, at) !== 1) continue;
    let field = at + 4;
    const next = (): number => {
      const v = u64(bytes, field);
      field += 8;
      return v;
    };
    if (entry.size === 0xffffffff) entry.size = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    return;
  }
}

function dataStart(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== SIG_LOCAL) throw new PackageProblem(`文件已损坏（找不到“${entry.name}”的数据）`);
  return at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
}

function megabytes(n: number): string {
  return (n / (1024 * 1024)).toFixed(0);
}

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

/** Little-endian 64-bit as a JS number (exact below 2^53, far beyond any file a browser can hold). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}
