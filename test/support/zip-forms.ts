import { deflateRawSync, crc32 } from "zlib";

/**
 * Zip packages in the forms other writers produce, for the fuzz suite: entries with data descriptors (sizes after
 * the data, as streaming writers do), zip64 records (sizes and offsets in extra fields), any order, stored or
 * deflated, an entry given twice. Built here byte by byte so that the reader is tested against zip as specified,
 * not against the product's own writer.
 */
export interface ZipForm {
  dataDescriptor?: boolean;
  zip64?: boolean;
  /** 0: stored. */
  level?: number;
}

export interface ZipItem {
  name: string;
  bytes: Uint8Array;
  /** Already deflated data to store as is (with its inflated size and CRC): bombs. */
  deflated?: { data: Uint8Array; size: number; crc: number };
}

export function zipForm(items: readonly ZipItem[], form: ZipForm = {}): Uint8Array {
  const level = form.level ?? 6;
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, "utf8");
    const method = item.deflated || level > 0 ? 8 : 0;
    const data = item.deflated ? Buffer.from(item.deflated.data) : level > 0 ? deflateRawSync(item.bytes, { level }) : Buffer.from(item.bytes);
    const size = item.deflated ? item.deflated.size : item.bytes.length;
    const crc = item.deflated ? item.deflated.crc : crc32(item.bytes);
    const flags = 0x0800 | (form.dataDescriptor ? 0x0008 : 0);
    const zip64Extra = form.zip64 ? u16s(1, 16).concat([]) : [];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(form.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(33, 12);
    const inHeader = !form.dataDescriptor;
    local.writeUInt32LE(inHeader ? crc : 0, 14);
    local.writeUInt32LE(inHeader ? (form.zip64 ? 0xffffffff : data.length) : 0, 18);
    local.writeUInt32LE(inHeader ? (form.zip64 ? 0xffffffff : size) : 0, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = form.zip64 ? Buffer.concat([Buffer.from(zip64Extra), u64(inHeader ? size : 0), u64(inHeader ? data.length : 0)]) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    chunks.push(local, name, localExtra, data);
    let length = local.length + name.length + localExtra.length + data.length;
    if (form.dataDescriptor) {
      const descriptor = form.zip64 ? Buffer.alloc(24) : Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      if (form.zip64) {
        u64(data.length).copy(descriptor, 8);
        u64(size).copy(descriptor, 16);
      } else {
        descriptor.writeUInt32LE(data.length, 8);
        descriptor.writeUInt32LE(size, 12);
      }
      chunks.push(descriptor);
      length += descriptor.length;
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(form.zip64 ? 45 : 20, 4);
    entry.writeUInt16LE(form.zip64 ? 45 : 20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(33, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(form.zip64 ? 0xffffffff : data.length, 20);
    entry.writeUInt32LE(form.zip64 ? 0xffffffff : size, 24);
    entry.writeUInt16LE(name.length, 28);
    const centralExtra = form.zip64 ? Buffer.concat([Buffer.from(u16s(1, 24)), u64(size), u64(data.length), u64(offset)]) : Buffer.alloc(0);
    entry.writeUInt16LE(centralExtra.length, 30);
    entry.writeUInt32LE(form.zip64 ? 0xffffffff : offset, 42);
    central.push(entry, name, centralExtra);
    offset += length;
  }
  const directory = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (form.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    u64(44).copy(record, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    u64(items.length).copy(record, 24);
    u64(items.length).copy(record, 32);
    u64(directory.length).copy(record, 40);
    u64(offset).copy(record, 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    u64(offset + directory.length).copy(locator, 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(form.zip64 ? 0xffff : items.length, 8);
  end.writeUInt16LE(form.zip64 ? 0xffff : items.length, 10);
  end.writeUInt32LE(form.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(form.zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, ...tail, end]));
}

function u16s(...values: number[]): number[] {
  return values.flatMap((v) => [v & 0xff, v >> 8]);
}

function u64(value: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(value));
  return b;
}
