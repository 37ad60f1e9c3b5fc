import type { SheetSnapshot, WorkbookSnapshot } from "../../../core/snapshot/types";
import { BINARY_WORKBOOK, foreignFormatReason, foreignPackageReason } from "./file-kind";
import { PackageProblem } from "./read-error";
import { readRelationships, type Relationship } from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { readCellFormats } from "./styles";
import { readSheetList, type SheetEntry } from "./workbook-part";
import { NOT_A_WORKSHEET, readWorksheet, type WorksheetContext } from "./worksheet-part";
import { partText } from "./xml-scanner";
import { ZipArchive } from "./zip-archive";

/**
 * An .xlsx/.xlsm package → WorkbookSnapshot. Reads only the parts the engine needs (workbook, its relationships,
 * shared strings, styles, worksheets); comments, drawings, charts, images, custom XML and the VBA project are never
 * opened, so they can neither slow the reader down nor make it fail. Chart, dialog and macro sheets are not
 * worksheets and are left out. Everything wrong is a PackageProblem saying what is wrong.
 */
export function readPackage(bytes: Uint8Array, name: string): WorkbookSnapshot {
  const foreign = foreignFormatReason(bytes);
  if (foreign) throw new PackageProblem(foreign);
  const zip = ZipArchive.open(bytes);
  const workbookPart = findWorkbookPart(zip);
  if (!workbookPart) throw new PackageProblem(foreignPackageReason(zip));
  if (/\.bin$/i.test(workbookPart)) throw new PackageProblem(BINARY_WORKBOOK);
  const entries = readSheetList(textOf(zip, workbookPart), workbookPart);
  const rels = readRelationships(zip, workbookPart);
  if (!rels && entries.length > 0) throw new PackageProblem(`缺少工作表目录（${workbookPart.replace(/[^/]*$/, "")}_rels/ 中的关系部件），文件已损坏`);
  const context = sharedContext(zip, workbookPart, rels ?? []);
  const sheets: SheetSnapshot[] = [];
  for (const entry of entries) {
    const sheet = readSheet(zip, entry, rels ?? [], context);
    if (sheet) sheets.push(sheet);
  }
  return { name, sheets };
}

/** The workbook part named by the package relationships (officeDocument), else the usual xl/workbook.xml. */
function findWorkbookPart(zip: ZipArchive): string | undefined {
  const root = readRelationships(zip, "") ?? [];
  const named = root.find((r) => r.type === "officeDocument" && !r.external && zip.has(r.target));
  if (named) return named.target;
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

type SharedContext = Pick<WorksheetContext, "sharedStrings" | "formats">;

/** Shared strings and cell formats, from the parts the workbook's relationships name (or where Excel puts them). */
function sharedContext(zip: ZipArchive, workbookPart: string, rels: Relationship[]): SharedContext {
  const folder = workbookPart.replace(/[^/]*$/, "");
  const stringsPart = partOf(zip, rels, "sharedStrings", `${folder}sharedStrings.xml`);
  const stylesPart = partOf(zip, rels, "styles", `${folder}styles.xml`);
  return {
    sharedStrings: stringsPart ? readSharedStrings(textOf(zip, stringsPart), stringsPart) : undefined,
    formats: stylesPart ? readCellFormats(textOf(zip, stylesPart), stylesPart) : [],
  };
}

function partOf(zip: ZipArchive, rels: Relationship[], type: string, usual: string): string | undefined {
  const rel = rels.find((r) => r.type === type && !r.external && zip.has(r.target));
  if (rel) return rel.target;
  return zip.has(usual) ? usual : undefined;
}

function readSheet(zip: ZipArchive, entry: SheetEntry, rels: Relationship[], context: SharedContext): SheetSnapshot | undefined {
  const rel = relationship(rels, entry.relId);
  if (!rel) throw new PackageProblem(`工作表“${entry.name}”在工作表目录中没有对应的部件（关系 ${entry.relId || "缺失"}），文件已损坏`);
  if (NOT_A_WORKSHEET.has(rel.type)) return undefined;
  const bytes = rel.external ? undefined : zip.read(rel.target);
  if (!bytes) throw new PackageProblem(`缺少工作表“${entry.name}”的数据（${rel.target}），文件已损坏`);
  const sheet = readWorksheet(partText(bytes), { name: entry.name, part: rel.target, ...context });
  if (sheet && entry.hidden) sheet.hidden = true;
  return sheet;
}

function textOf(zip: ZipArchive, part: string): string {
  const bytes = zip.read(part);
  if (!bytes) throw new PackageProblem(`缺少“${part}”，文件已损坏`);
  return partText(bytes);
}

/** The relationship of a sheet entry (a loop, not a closure per sheet: the reader stays compiled between workbooks). */
function relationship(rels: readonly Relationship[], id: string): Relationship | undefined {
  for (const r of rels) if (r.id === id) return r;
  return undefined;
}
