import { decodeXml } from "../read/xml-scanner";

/**
 * A small scanner over XML text for surgical edits: it finds tags and attribute positions without building a tree, so
 * an edit can replace exactly the bytes it means and leave every other byte of the part as it was.
 * Comments, CDATA, processing instructions and the doctype are skipped; text never contains a raw "<".
 */

export type TagKind = "open" | "close" | "empty";

export interface XmlTag {
  /** Qualified name as written: "c", "x:c". */
  name: string;
  kind: TagKind;
  /** Offset of "<". */
  start: number;
  /** Offset just after ">". */
  end: number;
}

export interface XmlAttribute {
  name: string;
  /** Decoded value. */
  value: string;
  /** Offsets of the raw value between its quotes. */
  valueStart: number;
  valueEnd: number;
}

/** Walks the tags of `xml[from, to)` in document order. */
export class TagScanner {
  constructor(
    private readonly xml: string,
    private pos = 0,
    private readonly to = xml.length,
  ) {}

  next(): XmlTag | undefined {
    const xml = this.xml;
    for (;;) {
      const start = xml.indexOf("<", this.pos);
      if (start < 0 || start >= this.to) return undefined;
      const skipped = skipMarkup(xml, start);
      if (skipped !== undefined) {
        this.pos = skipped;
        continue;
      }
      const end = tagEnd(xml, start);
      this.pos = end;
      const closing = xml.charCodeAt(start + 1) === 47; // "/"
      const nameStart = closing ? start + 2 : start + 1;
      let nameEnd = nameStart;
      while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      const kind: TagKind = closing ? "close" : xml.charCodeAt(end - 2) === 47 ? "empty" : "open";
      return { name: xml.slice(nameStart, nameEnd), kind, start, end };
    }
  }

  /** Moves past the element whose open tag was just returned (to just after its close tag). */
  skipElement(open: XmlTag): number {
    if (open.kind !== "open") return open.end;
    let depth = 1;
    for (let tag = this.next(); tag; tag = this.next()) {
      if (tag.kind === "open") depth++;
      else if (tag.kind === "close" && --depth === 0) return tag.end;
    }
    throw new XmlScanError(`<${open.name}> is not closed`);
  }

  /** Restarts the scan at `offset`. */
  seek(offset: number): void {
    this.pos = offset;
  }
}

export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlScanError";
  }
}

/** The first element of the document (the root), or an error for text that holds none. */
export function rootTag(xml: string): XmlTag {
  const scanner = new TagScanner(xml);
  const tag = scanner.next();
  if (!tag || tag.kind === "close") throw new XmlScanError("no root element");
  return tag;
}

/** Attributes of a start tag with the offsets of their raw values. */
export function readAttributes(xml: string, tag: XmlTag): XmlAttribute[] {
  const attrs: XmlAttribute[] = [];
  const pattern = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let pos = tag.start + 1 + tag.name.length;
  const end = tag.kind === "empty" ? tag.end - 2 : tag.end - 1;
  while (pos < end) {
    while (pos < end && isSpace(xml.charCodeAt(pos))) pos++;
    if (pos >= end) break;
    pattern.lastIndex = pos;
    const m = pattern.exec(xml);
    if (!m) throw new XmlScanError(`malformed attribute in <${tag.name}> at ${pos}`);
    const raw = m[3] ?? m[4];
    const valueStart = m.index + m[0].length - 1 - raw.length;
    attrs.push({ name: m[1], value: decodeXml(raw), valueStart, valueEnd: valueStart + raw.length });
    pos = pattern.lastIndex;
  }
  return attrs;
}

export function attribute(xml: string, tag: XmlTag, name: string): XmlAttribute | undefined {
  return readAttributes(xml, tag).find((a) => a.name === name);
}

/** The part of a qualified name after its prefix: "x:row" → "row". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The prefix the root element binds to `namespace` ("" for the default namespace), or undefined when it binds none.
 * Parts written by Excel declare every namespace on the root; "x:" prefixes come from some other writers.
 */
export function prefixOf(xml: string, root: XmlTag, namespace: string): string | undefined {
  for (const a of readAttributes(xml, root)) {
    if (a.value !== namespace) continue;
    if (a.name === "xmlns") return "";
    if (a.name.startsWith("xmlns:")) return a.name.slice(6);
  }
  return undefined;
}

/** The prefix the root element of `xml` binds to `namespace`. */
export function namespacePrefix(xml: string, namespace: string): string | undefined {
  return prefixOf(xml, rootTag(xml), namespace);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** "x" + "row" → "x:row"; "" + "row" → "row". */
export function qualify(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

/** Text for an attribute value or element content: & < > " escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids are removed on purpose
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  );
}

/** Offset after a comment, CDATA section, processing instruction or doctype starting at `start`; undefined for a tag. */
function skipMarkup(xml: string, start: number): number | undefined {
  const next = xml.charCodeAt(start + 1);
  if (next === 63) return closeOf(xml, start, "?>"); // <?...?>
  if (next !== 33) return undefined; // not "<!"
  if (xml.startsWith("<!--", start)) return closeOf(xml, start, "-->");
  if (xml.startsWith("<![CDATA[", start)) return closeOf(xml, start, "]]>");
  return tagEnd(xml, start); // <!DOCTYPE ...> without an internal subset
}

function closeOf(xml: string, start: number, close: string): number {
  const at = xml.indexOf(close, start);
  if (at < 0) throw new XmlScanError(`unclosed markup at ${start}`);
  return at + close.length;
}

/** Offset after the ">" that ends the tag at `start`, skipping quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return i + 1;
  }
  throw new XmlScanError(`unclosed tag at ${start}`);
}

function isNameEnd(ch: number): boolean {
  return isSpace(ch) || ch === 47 || ch === 62;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}
