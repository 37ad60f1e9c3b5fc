import { PackageProblem } from "../read/read-error";
import { ZipArchive, type ZipEntry } from "../read/zip-archive";
import { MarkedCopyError } from "./marked-copy-error";
import { writeZip, type ZipInput } from "./zip-writer";

export { MarkedCopyError } from "./marked-copy-error";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8 = new TextEncoder();

/**
 * One part: as stored in the original zip (inflated only when read, and copied compressed when not changed), or
 * bytes set by the writer.
 */
interface Part {
  stored?: { zip: ZipArchive; entry: ZipEntry };
  bytes?: Uint8Array;
}

/**
 * The parts of an .xlsx/.xlsm package (the entries of its zip) in their original order. A part that is not touched
 * keeps its exact bytes — it is not even inflated: images, charts and the VBA project are copied as compressed bytes,
 * so their size, not what they would expand to, is what they cost. New parts are added at the end. Part names are
 * zip entry names ("xl/styles.xml").
 */
export class PackageParts {
  private readonly entries: Map<string, Part>;
  private readonly byLowerName = new Map<string, string>();

  constructor(entries: Iterable<[string, Part]>) {
    this.entries = new Map(entries);
    for (const name of this.entries.keys()) this.byLowerName.set(name.toLowerCase(), name);
  }

  static fromZip(bytes: Uint8Array): PackageParts {
    try {
      const zip = ZipArchive.open(bytes);
      const locked = zip.entryList().find((e) => e.encrypted);
      if (locked) throw new PackageProblem(`压缩包中的“${locked.name}”设有密码`);
      return new PackageParts(zip.entryList().map((entry): [string, Part] => [entry.name, { stored: { zip, entry } }]));
    } catch (err) {
      throw new MarkedCopyError(`无法写出标记副本：原工作簿的压缩包无法展开（${err instanceof PackageProblem ? err.message : "文件已损坏"}）。`);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The stored name of a part, matched without regard to case as OPC part names are. */
  find(name: string): string | undefined {
    return this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A part's bytes, inflated on first use (within the reader's limit on what a part may expand to). */
  bytes(name: string): Uint8Array {
    const found = this.find(name);
    if (found === undefined) throw new MarkedCopyError(`无法写出标记副本：工作簿缺少部件 ${name}。`);
    const part = this.entries.get(found)!;
    if (part.bytes) return part.bytes;
    try {
      part.bytes = part.stored!.zip.read(found)!;
    } catch (err) {
      throw new MarkedCopyError(`无法写出标记副本：${err instanceof PackageProblem ? err.message : `部件 ${found} 无法解压`}。`);
    }
    return part.bytes;
  }

  /** A part's text; only UTF-8 is edited (decoding and encoding again gives back the same bytes). */
  text(name: string): string {
    try {
      return strictUtf8.decode(this.bytes(name));
    } catch (err) {
      if (err instanceof MarkedCopyError) throw err;
      throw new MarkedCopyError(`无法写出标记副本：部件 ${name} 不是 UTF-8 编码的文本，无法在其中加标记。`);
    }
  }

  set(name: string, content: Uint8Array | string): void {
    const stored = this.find(name) ?? name;
    this.entries.set(stored, { bytes: typeof content === "string" ? utf8.encode(content) : content });
    this.byLowerName.set(stored.toLowerCase(), stored);
  }

  delete(name: string): void {
    const found = this.find(name);
    if (found === undefined) return;
    this.entries.delete(found);
    this.byLowerName.delete(found.toLowerCase());
  }

  clone(): PackageParts {
    return new PackageParts(this.entries);
  }

  /** The package as zip bytes, entries in order ([Content_Types].xml stays first); unchanged parts copied compressed. */
  toZip(): Uint8Array {
    const inputs: ZipInput[] = [];
    for (const [name, part] of this.entries) {
      if (part.stored) inputs.push({ name, stored: { ...part.stored.entry, data: part.stored.zip.storedBytes(part.stored.entry) } });
      else inputs.push({ name, bytes: part.bytes! });
    }
    return writeZip(inputs);
  }
}

export function encodeText(text: string): Uint8Array {
  return utf8.encode(text);
}
