import { CLOSE, decodeOoxmlEscapes, EMPTY, OPEN, XmlScanner } from "./xml-scanner";

/**
 * The shared string table (xl/sharedStrings.xml): cells with t="s" hold an index into it. A rich-text item is the
 * concatenation of its runs; phonetic guides (`<rPh>`, the furigana of Japanese workbooks) are not part of the text.
 *
 *   <si><t>一般公共服务支出</t></si>                                   → "一般公共服务支出"
 *   <si><r><t>合计</t></r><r><rPr><b/></rPr><t xml:space="preserve"> </t></r></si> → "合计 "
 */
export function readSharedStrings(text: string, part: string): string[] {
  const xml = new XmlScanner(text, part);
  const out: string[] = [];
  while (xml.next()) {
    if (!xml.is("si")) continue;
    if (xml.kind === EMPTY) out.push("");
    else if (xml.kind === OPEN) out.push(readRichText(xml, "si"));
  }
  return out;
}

/**
 * The text of an `<si>` or `<is>` element whose open tag is current: its `<t>` texts in order, outside `<rPh>`.
 * Leaves the scanner on the element's end tag.
 */
export function readRichText(xml: XmlScanner, element: string): string {
  let text = "";
  let phonetic = 0;
  for (;;) {
    if (!xml.next()) xml.fail();
    if (xml.kind === CLOSE) {
      if (xml.is(element)) break;
      if (xml.is("rPh")) phonetic--;
    } else if (xml.is("rPh") && xml.kind === OPEN) phonetic++;
    else if (xml.is("t") && phonetic === 0) text += xml.text();
  }
  return decodeOoxmlEscapes(text);
}
