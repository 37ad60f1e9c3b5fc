import { STRICT_MAIN_NAMESPACE } from "./namespaces";
import { MarkedCopyError } from "./package-parts";
import type { PackageEditor } from "./package-editor";
import { isType, RELATIONSHIP } from "./relationships";
import { localName, namespacePrefix, readAttributes, TagScanner } from "./xml-scan";

export interface WorksheetEntry {
  /** Tab name as the user sees it ("公开03表"). */
  name: string;
  /** Its part ("xl/worksheets/sheet3.xml"). */
  part: string;
}

/** Where things are in the package: the workbook part, its worksheets by name, the styles part. */
export interface WorkbookMap {
  workbookPart: string;
  worksheets: WorksheetEntry[];
  /** Highest sheetId in use (a new sheet takes the next). */
  maxSheetId: number;
  stylesPart?: string;
}

export function readWorkbookMap(editor: PackageEditor): WorkbookMap {
  const office = editor.rels("").ofType(RELATIONSHIP.officeDocument)[0];
  if (!office || !editor.exists(office.target)) throw new MarkedCopyError("无法写出标记副本：找不到工作簿部件（xl/workbook.xml）。");
  const workbookPart = office.target;
  const xml = editor.text(workbookPart);
  if (namespacePrefix(xml, STRICT_MAIN_NAMESPACE) !== undefined) {
    throw new MarkedCopyError("无法写出标记副本：这是“严格 Open XML”格式的工作簿，请在 Excel 中另存为普通 .xlsx 后再试。");
  }
  const rels = editor.rels(workbookPart);
  const worksheets: WorksheetEntry[] = [];
  let maxSheetId = 0;
  const scanner = new TagScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.kind === "close" || localName(tag.name) !== "sheet") continue;
    const attrs = readAttributes(xml, tag);
    const name = attrs.find((a) => a.name === "name")?.value ?? "";
    maxSheetId = Math.max(maxSheetId, Number(attrs.find((a) => a.name === "sheetId")?.value) || 0);
    const relId = attrs.find((a) => a.name.includes(":") && localName(a.name) === "id")?.value;
    const rel = relId === undefined ? undefined : rels.byId(relId);
    if (rel && !rel.external && isType(rel.type, RELATIONSHIP.worksheet)) worksheets.push({ name, part: rel.target });
  }
  const stylesPart = rels.ofType(RELATIONSHIP.styles)[0]?.target;
  return { workbookPart, worksheets, maxSheetId, stylesPart: stylesPart && editor.exists(stylesPart) ? stylesPart : undefined };
}
