import { PackageProblem } from "./read-error";

/**
 * A small forward-only scanner over the XML of one package part: element tags in document order, their attributes
 * and text — what the reader needs, nothing more (no DOM, no DTD, no entity beyond the five predefined and character
 * references, so no entity expansion attack). Element names compare by their local part, so `<x:c>` is `c`.
 * Processing instructions, comments and DOCTYPE are skipped; CDATA is read as text.
 *
 *   const xml = new XmlScanner('<row r="7"><c r="D7" t="s"><v>12</v></c></row>', "sheet1.xml");
 *   xml.next(); xml.is("row"); xml.attr("r")     // true, "7"
 *   xml.next(); xml.next(); xml.text()           // "12" (the <v> of D7)
 */

export const OPEN = 1;
export const CLOSE = 2;
/** A self-closing tag such as `<c r="A1" s="3"/>`. */
export const EMPTY = 3;

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;

export class XmlScanner {
  /** OPEN, CLOSE or EMPTY for the current tag. */
  kind = 0;
  private pos: number;
  private tagStart = 0;
  private tagEnd = 0;
  private nameStart = 0;
  private nameEnd = 0;
  private attrCount = 0;
  /** Per attribute: qualified-name start, qualified-name end, value start, value end. */
  private readonly attrs: number[] = [];

  constructor(
    readonly xml: string,
    private readonly part: string,
    start = 0,
  ) {
    this.pos = start;
  }

  /** Moves to the next element tag; false at the end of the text. */
  next(): boolean {
    const s = this.xml;
    let lt = s.indexOf("<", this.pos);
    while (lt >= 0) {
      const c = s.charCodeAt(lt + 1);
      if (c !== BANG && c !== QUESTION) break;
      lt = s.indexOf("<", this.skipMarkup(lt));
    }
    if (lt < 0) {
      this.pos = s.length;
      return false;
    }
    this.tagStart = lt;
    if (s.charCodeAt(lt + 1) === SLASH) return this.readCloseTag(lt);
    return this.readOpenTag(lt);
  }

  /** True when the current tag's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  get name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** Character offset of the current tag (for messages). */
  get offset(): number {
    return this.tagStart;
  }

  /** Offset just after the current tag's `>`. */
  get end(): number {
    return this.tagEnd;
  }

  /** Where the next call to next() starts looking. */
  get position(): number {
    return this.pos;
  }

  /** Continues scanning from `offset` (after text the caller read itself). */
  seek(offset: number): void {
    this.pos = offset;
  }

  /** An attribute of the current tag by its exact (qualified) name, entity-decoded. */
  attr(name: string): string | undefined {
    const slot = this.attrSlot(name);
    return slot < 0 ? undefined : decodeXml(this.xml.slice(this.attrs[slot + 2], this.attrs[slot + 3]));
  }

  /**
   * Where an attribute's raw value lies in `xml` (from valueStart(slot) to valueEnd(slot)), or -1 when the tag has no
   * such attribute: lets the worksheet reader parse "D11" or s="5" without making a string per cell.
   */
  attrSlot(name: string): number {
    const a = this.attrs;
    for (let i = 0; i < this.attrCount * 4; i += 4) {
      if (a[i + 1] - a[i] === name.length && this.xml.startsWith(name, a[i])) return i;
    }
    return -1;
  }

  valueStart(slot: number): number {
    return this.attrs[slot + 2];
  }

  valueEnd(slot: number): number {
    return this.attrs[slot + 3];
  }

  /** An attribute by its local name whatever its prefix (`r:id`, `rel:id` → "id"), never an xmlns declaration. */
  attrLocal(local: string): string | undefined {
    const a = this.attrs;
    for (let i = 0; i < this.attrCount * 4; i += 4) {
      const start = localStart(this.xml, a[i], a[i + 1]);
      if (a[i + 1] - start === local.length && this.xml.startsWith(local, start) && !this.xml.startsWith("xmlns", a[i])) {
        return decodeXml(this.xml.slice(a[i + 2], a[i + 3]));
      }
    }
    return undefined;
  }

  /**
   * The text inside the current element up to its end tag (nested elements' text included, CDATA as is), leaving
   * the scanner on that end tag. "" for a self-closing element.
   */
  text(): string {
    if (this.kind !== OPEN) return "";
    const s = this.xml;
    const fast = s.indexOf("<", this.tagEnd);
    if (fast >= 0 && s.charCodeAt(fast + 1) === SLASH) {
      const raw = s.slice(this.tagEnd, fast);
      this.pos = fast;
      this.next();
      return decodeXml(raw);
    }
    return this.mixedText();
  }

  /** Moves past the end tag of the current element, skipping whatever it holds. */
  skipElement(): void {
    if (this.kind !== OPEN) return;
    let depth = 1;
    while (depth > 0) {
      if (!this.next()) this.fail();
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE) depth--;
    }
  }

  /** Throws the package problem for this part: the XML ends early or is not XML. */
  fail(): never {
    throw new PackageProblem(`“${this.part}”不是完整的 XML（第 ${this.tagStart} 个字符附近），文件已损坏`);
  }

  private mixedText(): string {
    const s = this.xml;
    let out = "";
    let depth = 1;
    let from = this.tagEnd;
    for (;;) {
      const lt = s.indexOf("<", from);
      if (lt < 0) this.fail();
      out += decodeXml(s.slice(from, lt));
      if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt + 9);
        if (end < 0) this.fail();
        out += s.slice(lt + 9, end);
        from = end + 3;
        continue;
      }
      const c = s.charCodeAt(lt + 1);
      if (c === BANG || c === QUESTION) {
        from = this.skipMarkup(lt);
        continue;
      }
      this.pos = lt;
      if (!this.next()) this.fail();
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE && --depth === 0) return out;
      from = this.tagEnd;
    }
  }

  private readCloseTag(lt: number): boolean {
    const s = this.xml;
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) this.fail();
    let end = lt + 2;
    while (end < gt && !isSpace(s.charCodeAt(end))) end++;
    this.setName(lt + 2, end);
    this.kind = CLOSE;
    this.attrCount = 0;
    this.tagEnd = this.pos = gt + 1;
    return true;
  }

  private readOpenTag(lt: number): boolean {
    const s = this.xml;
    const n = s.length;
    let i = lt + 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === GT || c === SLASH || isSpace(c)) break;
      i++;
    }
    if (i === lt + 1) this.fail();
    this.setName(lt + 1, i);
    this.attrCount = 0;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      const c = s.charCodeAt(i);
      if (c === GT) {
        this.kind = OPEN;
        this.tagEnd = this.pos = i + 1;
        return true;
      }
      if (c === SLASH && s.charCodeAt(i + 1) === GT) {
        this.kind = EMPTY;
        this.tagEnd = this.pos = i + 2;
        return true;
      }
      i = this.readAttribute(i);
    }
  }

  /** Reads `name="value"` from i; returns the index after the closing quote. */
  private readAttribute(i: number): number {
    const s = this.xml;
    const n = s.length;
    const nameStart = i;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === EQUALS || isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    const nameEnd = i;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (nameEnd === nameStart || s.charCodeAt(i) !== EQUALS) this.fail();
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const quote = s.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) this.fail();
    const valueEnd = s.indexOf(quote === QUOTE ? '"' : "'", i + 1);
    if (valueEnd < 0) this.fail();
    const k = this.attrCount++ * 4;
    this.attrs[k] = nameStart;
    this.attrs[k + 1] = nameEnd;
    this.attrs[k + 2] = i + 1;
    this.attrs[k + 3] = valueEnd;
    return valueEnd + 1;
  }

  private setName(start: number, end: number): void {
    this.nameStart = localStart(this.xml, start, end);
    this.nameEnd = end;
  }

  /** Skips `<?…?>`, `<!--…-->`, `<![CDATA[…]]>` (outside text) or `<!DOCTYPE …>`; returns the index after it. */
  private skipMarkup(lt: number): number {
    const s = this.xml;
    const close = markupEnd(s, lt);
    const end = s.indexOf(close, lt + 2);
    if (end < 0) {
      this.tagStart = lt;
      this.fail();
    }
    return end + close.length;
  }
}

/** Where the local part of the name between start and end begins (after a `prefix:`). */
function localStart(s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (s.charCodeAt(i) === 0x3a) return i + 1;
  return start;
}

function markupEnd(s: string, lt: number): string {
  if (s.startsWith("<!--", lt)) return "-->";
  if (s.startsWith("<![CDATA[", lt)) return "]]>";
  if (s.charCodeAt(lt + 1) === QUESTION) return "?>";
  const gt = s.indexOf(">", lt);
  for (let i = lt; i < gt; i++) if (s.charCodeAt(i) === 0x5b) return "]>"; // <!DOCTYPE x [ … ]>
  return ">";
}

/**
 * s.indexOf(character, from) for a character expected a few places on (the end of a cell's value or attribute): a
 * loop optimised code runs in place, where indexOf is a call into the engine per search.
 */
export function nextCode(s: string, code: number, from: number): number {
  for (let i = from; i < s.length; i++) if (s.charCodeAt(i) === code) return i;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Resolves `&amp;`, `&#12;`, `&#x4E00;` …; anything else stays as written. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Undoes SpreadsheetML's `_xHHHH_` escapes in cell text (Excel writes a carriage return as `_x000D_`). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Decodes a part's bytes as UTF-8 (the BOM dropped), or UTF-16 when it starts with a UTF-16 byte-order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
