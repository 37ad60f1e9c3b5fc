import { EMPTY, nextCode, type XmlScanner } from "./xml-scanner";

/**
 * What the reader needs of a `<c>` tag — where its reference and style are written, its type, whether it is
 * self-closing — kept as positions in the XML text, so a million cells make no attribute strings. A plainly written
 * tag (`<c r="D11" s="5" t="s">`, what Excel, WPS and every library write) is read straight from the text; any other
 * form (prefixes, spaces around “=”) comes through the general scanner.
 */
export class CellTag {
  refStart = -1;
  refEnd = -1;
  styleStart = -1;
  styleEnd = -1;
  type: string | undefined;
  empty = false;
  /** Offset after the tag's `>`. */
  end = 0;

  /** Reads `<c …>` at `lt` when it is written plainly; false (nothing decided) otherwise. */
  parse(s: string, lt: number): boolean {
    this.refStart = this.styleStart = -1;
    this.type = undefined;
    let i = lt + 2;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 0x20) c = s.charCodeAt(++i);
      if (c === 0x3e) return this.close(false, i + 1);
      if (c === 0x2f) return s.charCodeAt(i + 1) === 0x3e && this.close(true, i + 2);
      const eq = plainNameEnd(s, i);
      if (eq < 0) return false;
      const quote = s.charCodeAt(eq + 1);
      if (quote !== 0x22 && quote !== 0x27) return false;
      const valueEnd = nextCode(s, quote, eq + 2);
      if (valueEnd < 0) return false;
      if (eq - i === 1) this.take(s.charCodeAt(i), s, eq + 2, valueEnd);
      i = valueEnd + 1;
    }
  }

  /** Takes the scanner's current `<c>` tag, however it is written. */
  fromScanner(xml: XmlScanner): void {
    const ref = xml.attrSlot("r");
    const style = xml.attrSlot("s");
    this.refStart = ref < 0 ? -1 : xml.valueStart(ref);
    this.refEnd = ref < 0 ? -1 : xml.valueEnd(ref);
    this.styleStart = style < 0 ? -1 : xml.valueStart(style);
    this.styleEnd = style < 0 ? -1 : xml.valueEnd(style);
    this.type = xml.attr("t");
    this.empty = xml.kind === EMPTY;
    this.end = xml.end;
  }

  private take(name: number, s: string, start: number, end: number): void {
    if (name === 0x72) {
      this.refStart = start;
      this.refEnd = end;
    } else if (name === 0x73) {
      this.styleStart = start;
      this.styleEnd = end;
    } else if (name === 0x74) this.type = s.slice(start, end);
  }

  private close(empty: boolean, end: number): true {
    this.empty = empty;
    this.end = end;
    return true;
  }
}

/**
 * Where the “=” after an attribute name starting at i is, when the name is plain (1 to 16 characters, no space,
 * prefix or markup); -1 otherwise.
 */
function plainNameEnd(s: string, i: number): number {
  const last = Math.min(i + 16, s.length - 1);
  for (let k = i; k <= last; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x3d) return k === i ? -1 : k;
    if (c <= 0x20 || c === 0x3e || c === 0x2f || c === 0x3c || c === 0x3a || c === 0x22 || c === 0x27) return -1;
  }
  return -1;
}
