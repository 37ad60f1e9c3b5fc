import { CellStyles } from "./cell-styles";
import { SheetCells } from "./sheet-cells";
import { CONTENT_TYPE } from "./content-types";
import type { PackageEditor } from "./package-editor";
import { RELATIONSHIP } from "./relationships";
import { MAIN_NAMESPACE, RELATIONSHIPS_NAMESPACE } from "./namespaces";
import type { WorkbookMap } from "./workbook-map";
import { attribute, escapeXml, localName, namespacePrefix, qualify, TagScanner, XML_DECLARATION } from "./xml-scan";

/**
 * Writes paragraphs (one per row, column A, wrapped) into the named sheet: below the last row of an existing sheet,
 * or into a new sheet added after the others. Existing cells are never written.
 */
export function writeNarrativeSheet(editor: PackageEditor, map: WorkbookMap, sheet: string, paragraphs: readonly string[]): void {
  const styles = new CellStyles(editor, map.workbookPart, map.stylesPart);
  const xf = styles.wrapped();
  const existing = map.worksheets.find((w) => w.name === sheet);
  if (existing) appendRows(editor, existing.part, xf, paragraphs);
  else addSheet(editor, map, sheet, rowsXml("", 0, xf, paragraphs));
  styles.flush();
}

/** Into a sheet without values: rows 1…n of column A. Into one with values: after its last row and a blank row. */
function appendRows(editor: PackageEditor, part: string, xf: number, paragraphs: readonly string[]): void {
  const xml = editor.text(part);
  const prefix = namespacePrefix(xml, MAIN_NAMESPACE) ?? "";
  if (!hasValues(xml, prefix)) {
    const cells = new SheetCells(
      xml,
      prefix,
      paragraphs.map((_, row) => ({ row, col: 0 })),
    );
    cells.replace(editor.edit(part), (site) => cellXml(prefix, site.row, xf, paragraphs[site.row]));
    return;
  }
  const { sheetData, lastRow, closeAt } = lastRowOf(xml, prefix);
  if (!sheetData) return;
  const rows = rowsXml(prefix, lastRow + 2, xf, paragraphs);
  if (closeAt !== undefined) editor.edit(part).insert(closeAt, rows);
}

function addSheet(editor: PackageEditor, map: WorkbookMap, name: string, rows: string): void {
  const part = editor.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  editor.create(
    part,
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NAMESPACE}" xmlns:r="${RELATIONSHIPS_NAMESPACE}"><cols><col min="1" max="1" width="100" customWidth="1"/></cols>` +
      `<sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  editor.contentTypes.declare(part, CONTENT_TYPE.worksheet);
  const id = editor.rels(map.workbookPart).add(RELATIONSHIP.worksheet, part);
  const xml = editor.text(map.workbookPart);
  const prefix = namespacePrefix(xml, MAIN_NAMESPACE) ?? "";
  const r = namespacePrefix(xml, RELATIONSHIPS_NAMESPACE);
  const idAttribute = r ? `${r}:id="${id}"` : `xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${id}"`;
  const sheets = new TagScanner(xml);
  for (let tag = sheets.next(); tag; tag = sheets.next()) {
    if (tag.kind !== "close" || localName(tag.name) !== "sheets") continue;
    editor.edit(map.workbookPart).insert(tag.start, `<${qualify(prefix, "sheet")} name="${escapeXml(name)}" sheetId="${map.maxSheetId + 1}" ${idAttribute}/>`);
    return;
  }
}

/** Rows of inline-string cells in column A from 0-based row `first`: “一、收入支出决算总体情况” in A1, … */
function rowsXml(prefix: string, first: number, xf: number, paragraphs: readonly string[]): string {
  const row = qualify(prefix, "row");
  return paragraphs.map((text, i) => `<${row} r="${first + i + 1}">${cellXml(prefix, first + i, xf, text)}</${row}>`).join("");
}

/** One paragraph as an inline-string cell of column A, wrapped (format `xf`). */
function cellXml(prefix: string, row: number, xf: number, text: string): string {
  const x = (local: string) => qualify(prefix, local);
  return `<${x("c")} r="A${row + 1}" s="${xf}" t="inlineStr"><${x("is")}><${x("t")} xml:space="preserve">${escapeXml(text)}</${x("t")}></${x("is")}></${x("c")}>`;
}

/** Any cell of the sheet holds a value, a formula or a string. */
function hasValues(xml: string, prefix: string): boolean {
  const from = xml.indexOf(`<${qualify(prefix, "sheetData")}`);
  const to = xml.indexOf(`</${qualify(prefix, "sheetData")}`);
  if (from < 0 || to < 0) return false;
  return new RegExp(`<${prefix ? `${prefix}:` : ""}(v|is|f)[\\s/>]`).test(xml.slice(from, to));
}

/** The sheet's <sheetData>, the 0-based number of its last row (-1 when none) and the offset of its end tag. */
function lastRowOf(xml: string, prefix: string) {
  const scanner = new TagScanner(xml);
  let tag = scanner.next();
  while (tag && tag.name !== qualify(prefix, "sheetData")) tag = scanner.next();
  let lastRow = -1;
  if (!tag || tag.kind === "empty") return { sheetData: tag, lastRow, closeAt: undefined };
  for (let row = scanner.next(); row; row = scanner.next()) {
    if (row.kind === "close") return { sheetData: tag, lastRow, closeAt: row.start };
    const r = attribute(xml, row, "r");
    lastRow = r ? Number(r.value) - 1 : lastRow + 1;
    scanner.seek(scanner.skipElement(row));
  }
  return { sheetData: tag, lastRow, closeAt: undefined };
}
