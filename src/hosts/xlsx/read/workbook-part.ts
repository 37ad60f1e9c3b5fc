import { PackageProblem } from "./read-error";
import { CLOSE, OPEN, XmlScanner } from "./xml-scanner";

/** One `<sheet>` of workbook.xml, in tab order: `<sheet name="公开03表" sheetId="3" r:id="rId3"/>`. */
export interface SheetEntry {
  name: string;
  /** Relationship id pointing at the sheet's part (worksheet, chartsheet, dialogsheet …). */
  relId: string;
  /** state="hidden" or "veryHidden". */
  hidden: boolean;
}

/** The sheets listed by the workbook part, in order. Names must be present and unique (as Excel requires). */
export function readSheetList(xmlText: string, part: string): SheetEntry[] {
  const xml = new XmlScanner(xmlText, part);
  if (!xml.next() || !xml.is("workbook")) throw new PackageProblem(`“${part}”不是工作簿部件，文件已损坏`);
  const sheets: SheetEntry[] = [];
  const seen = new Set<string>();
  let inSheets = false;
  while (xml.next()) {
    if (xml.is("sheets")) inSheets = xml.kind === OPEN;
    if (!inSheets || xml.kind === CLOSE || !xml.is("sheet")) continue;
    const name = xml.attr("name");
    if (!name) throw new PackageProblem(`“${part}”中有一个工作表没有名称，文件已损坏`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw new PackageProblem(`工作簿中有两个同名的工作表“${name}”，文件已损坏（请在 Excel 中打开修复后另存）`);
    seen.add(key);
    const state = xml.attr("state");
    sheets.push({ name, relId: xml.attrLocal("id") ?? "", hidden: state === "hidden" || state === "veryHidden" });
  }
  return sheets;
}
