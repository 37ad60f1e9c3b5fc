import { BUILTIN_FORMATS } from "./builtin-formats";
import { CLOSE, OPEN, XmlScanner } from "./xml-scanner";

/**
 * The number format code of every cell style (xl/styles.xml): `<cellXfs>`'s n-th `<xf numFmtId="…">` is style n of
 * the cells' `s="n"`; ids below 164 are built in, the rest are defined in `<numFmts>`. General gives undefined.
 *
 *   <numFmts><numFmt numFmtId="176" formatCode="0.00_ "/></numFmts>
 *   <cellXfs><xf numFmtId="0"/><xf numFmtId="4"/><xf numFmtId="176"/></cellXfs>   → [undefined, "#,##0.00", "0.00_ "]
 */
export function readCellFormats(text: string, part: string): (string | undefined)[] {
  const xml = new XmlScanner(text, part);
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  let section = "";
  while (xml.next()) {
    if (xml.is("numFmts") || xml.is("cellXfs")) {
      section = xml.kind === OPEN ? xml.name : "";
      continue;
    }
    if (xml.kind === CLOSE) continue;
    if (section === "numFmts" && xml.is("numFmt")) custom.set(Number(xml.attr("numFmtId")), xml.attr("formatCode") ?? "");
    else if (section === "cellXfs" && xml.is("xf")) {
      formats.push(formatCode(Number(xml.attr("numFmtId") ?? 0), custom));
      xml.skipElement();
    }
  }
  return formats;
}

function formatCode(id: number, custom: Map<number, string>): string | undefined {
  const code = custom.get(id) ?? BUILTIN_FORMATS[id];
  return code && !/^general$/i.test(code) ? code : undefined;
}
