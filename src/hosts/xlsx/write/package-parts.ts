import { unzipSync, zipSync, type Zippable } from "fflate";

/** The marked copy could not be made; `message` is in Chinese for the user. The original is never touched. */
export class MarkedCopyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MarkedCopyError";
  }
}

const BIG_PART = 1 << 20;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8 = new TextEncoder();

/**
 * The parts of an .xlsx/.xlsm package (the entries of its zip) in their original order. A part that is not touched
 * keeps its exact bytes; new parts are added at the end. Part names are zip entry names ("xl/styles.xml").
 */
export class PackageParts {
  private readonly entries: Map<string, Uint8Array>;
  private readonly byLowerName = new Map<string, string>();

  constructor(entries: Iterable<[string, Uint8Array]>) {
    this.entries = new Map(entries);
    for (const name of this.entries.keys()) this.byLowerName.set(name.toLowerCase(), name);
  }

  static fromZip(bytes: Uint8Array): PackageParts {
    try {
      return new PackageParts(Object.entries(unzipSync(bytes)));
    } catch {
      throw new MarkedCopyError("无法写出标记副本：原工作簿的压缩包无法展开。");
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

  bytes(name: string): Uint8Array {
    const found = this.find(name);
    if (found === undefined) throw new MarkedCopyError(`无法写出标记副本：工作簿缺少部件 ${name}。`);
    return this.entries.get(found)!;
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
    this.entries.set(stored, typeof content === "string" ? utf8.encode(content) : content);
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

  /**
   * The package as zip bytes, entries in order ([Content_Types].xml stays first). Parts over 1 MiB are compressed
   * at level 1: fflate's level 6 is several times slower on the long, repetitive XML of a big sheet for ~25% less.
   */
  toZip(): Uint8Array {
    const files: Zippable = {};
    for (const [name, bytes] of this.entries) files[name] = [bytes, { level: bytes.length > BIG_PART ? 1 : 6 }];
    return zipSync(files);
  }
}

export function encodeText(text: string): Uint8Array {
  return utf8.encode(text);
}
