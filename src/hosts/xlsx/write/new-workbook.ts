import { zipSync, type Zippable } from "fflate";
import { cellAddress, columnLetters } from "../../../core/snapshot/address";
import { escapeXml } from "./xml-scan";
import { encodeText } from "./package-parts";

/** One cell's value: text, a number (written as a number Excel can sum), or empty. */
export type NewCell = string | number | null | undefined;

/** How a row is drawn: plain, bold (a subtotal line), or with a fill for an error / warning line. */
export type RowStyle = "plain" | "bold" | "error" | "warning";

export interface NewColumn {
  header: string;
  /** Width in Excel's character units (a Chinese character counts about 2). */
  width: number;
  /** Numbers shown with two decimals (amounts) instead of as they are. */
  amount?: boolean;
}

export interface NewSheet {
  name: string;
  /** A title line printed above the header (merged across the columns), e.g. “某某局 2024 年度决算 审核报告”. */
  title?: string;
  columns: readonly NewColumn[];
  rows: readonly (readonly NewCell[])[];
  /** A style per row (same index as rows); missing → plain. */
  rowStyles?: readonly RowStyle[];
  /** A4 landscape print setup, fitted to the page width. Default true. */
  landscape?: boolean;
  /** An autofilter over the header and rows. Default true. */
  autoFilter?: boolean;
}

export interface NewWorkbookSpec {
  sheets: readonly NewSheet[];
}

/** Style indexes of the cellXfs below, in order. */
const XF = { plain: 0, header: 1, title: 2, amount: 3, bold: 4, error: 5, warning: 6, boldAmount: 7, errorAmount: 8, warningAmount: 9 } as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>
<fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font><font><b/><sz val="14"/><name val="黑体"/><family val="3"/><charset val="134"/></font></fonts>
<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="3" borderId="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="4" borderId="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="164" fontId="1" fillId="0" borderId="1" applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="164" fontId="0" fillId="3" borderId="1" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="164" fontId="0" fillId="4" borderId="1" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Characters Excel refuses in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/g;
const SHEET_NAME_MAX = 31;

/**
 * A new .xlsx package written from rows: one sheet per entry, an optional title line, a bold grey header frozen
 * under it, bordered cells, amounts as numbers with two decimals, A4 landscape print setup fitted to the width and an
 * autofilter — a workbook a finance bureau can filter and print (审核报告, 批量汇总). Text is stored inline (no shared
 * strings), so the writer needs no second pass.
 */
export function writeNewWorkbook(spec: NewWorkbookSpec): Uint8Array {
  if (spec.sheets.length === 0) throw new Error("writeNewWorkbook: a workbook needs at least one sheet");
  const names = uniqueSheetNames(spec.sheets.map((s) => s.name));
  const files: Zippable = {
    "[Content_Types].xml": encodeText(contentTypes(spec.sheets.length)),
    "_rels/.rels": encodeText(ROOT_RELS),
    "xl/workbook.xml": encodeText(workbookXml(names, spec.sheets)),
    "xl/_rels/workbook.xml.rels": encodeText(workbookRels(spec.sheets.length)),
    "xl/styles.xml": encodeText(STYLES),
  };
  spec.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = encodeText(sheetXml(sheet));
  });
  return zipSync(files);
}

/** Sheet names Excel accepts: forbidden characters replaced, at most 31 characters, no two alike (case-insensitive). */
export function uniqueSheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    const base = (name.replace(SHEET_NAME_FORBIDDEN, "_").trim() || "Sheet").slice(0, SHEET_NAME_MAX);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `(${n})`;
      candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets}</Types>`;
}

function workbookXml(names: readonly string[], sheets: readonly NewSheet[]): string {
  const sheetList = names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const filters = sheets
    .map((sheet, i) =>
      filterRange(sheet) ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${filterReference(names[i], sheet)}</definedName>` : "",
    )
    .join("");
  const printTitles = sheets
    .map(
      (sheet, i) =>
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${names[i].replace(/'/g, "''")}'!$${headerRow(sheet)}:$${headerRow(sheet)}</definedName>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets><definedNames>${filters}${printTitles}</definedNames></workbook>`;
}

function filterReference(name: string, sheet: NewSheet): string {
  const range = filterRange(sheet)!
    .split(":")
    .map((cell) => cell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2"));
  return `'${name.replace(/'/g, "''")}'!${range.join(":")}`;
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  const styles = `<Relationship Id="rId${sheetCount + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}${styles}</Relationships>`;
}

/** 1-based row number of the header: 2 under a title line, else 1. */
function headerRow(sheet: NewSheet): number {
  return sheet.title ? 2 : 1;
}

function filterRange(sheet: NewSheet): string | undefined {
  if (sheet.autoFilter === false || sheet.columns.length === 0) return undefined;
  const top = headerRow(sheet) - 1;
  return `${cellAddress(top, 0)}:${cellAddress(top + Math.max(sheet.rows.length, 1), sheet.columns.length - 1)}`;
}

function sheetXml(sheet: NewSheet): string {
  const header = headerRow(sheet);
  const lastColumn = columnLetters(Math.max(sheet.columns.length, 1) - 1);
  const rows: string[] = [];
  if (sheet.title) rows.push(`<row r="1" ht="24" customHeight="1">${textCell(0, 0, sheet.title, XF.title)}</row>`);
  rows.push(`<row r="${header}">${sheet.columns.map((c, col) => textCell(header - 1, col, c.header, XF.header)).join("")}</row>`);
  sheet.rows.forEach((cells, i) => {
    const row = header + i;
    const style = sheet.rowStyles?.[i] ?? "plain";
    const xml = cells.map((value, col) => cellXml(row, col, value, style, sheet.columns[col]?.amount === true)).join("");
    const lines = wrappedLines(cells, sheet.columns);
    rows.push(`<row r="${row + 1}"${lines > 1 ? ` ht="${lines * LINE_HEIGHT}" customHeight="1"` : ""}>${xml}</row>`);
  });
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("");
  const pane = `<pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/>`;
  const filter = filterRange(sheet);
  const merge = sheet.title && sheet.columns.length > 1 ? `<mergeCells count="1"><mergeCell ref="A1:${lastColumn}1"/></mergeCells>` : "";
  const landscape = sheet.landscape !== false;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows.join("")}</sheetData>${filter ? `<autoFilter ref="${filter}"/>` : ""}${merge}<printOptions horizontalCentered="1"/><pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>`;
}

/** Points per line of 11-point text, and the most lines a row is made tall for (the rest stays in the cell). */
const LINE_HEIGHT = 15;
const MAX_LINES = 12;

/**
 * How many lines the row's longest text takes in its column when wrapped: a Chinese character is about two of the
 * width units a column is measured in, a Latin character or digit one. Written as the row's height, so that a
 * printed summary shows whole sentences (Excel and LibreOffice do not grow rows of a written file by themselves).
 */
function wrappedLines(cells: readonly NewCell[], columns: readonly NewColumn[]): number {
  let most = 1;
  cells.forEach((value, col) => {
    if (typeof value !== "string" || value === "" || !columns[col]) return;
    const width = Math.max(1, columns[col].width - 1);
    const lines = value.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / width)), 0);
    most = Math.max(most, lines);
  });
  return Math.min(most, MAX_LINES);
}

function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += c.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

function styleOf(style: RowStyle, amount: boolean): number {
  if (style === "bold") return amount ? XF.boldAmount : XF.bold;
  if (style === "error") return amount ? XF.errorAmount : XF.error;
  if (style === "warning") return amount ? XF.warningAmount : XF.warning;
  return amount ? XF.amount : XF.plain;
}

/** A plain decimal as text ("1234.50", "-3"): written to an amount column as that exact number. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * One <c>: a number as a number (finite only); in an amount column a plain decimal string too, digit for digit (the
 * caller's exact Decimal text, never a binary float); other text inline; an empty value as a styled empty cell.
 */
function cellXml(row: number, col: number, value: NewCell, rowStyle: RowStyle, amountColumn: boolean): string {
  const ref = cellAddress(row, col);
  const numeric = (typeof value === "number" && Number.isFinite(value)) || (amountColumn && typeof value === "string" && PLAIN_DECIMAL.test(value));
  const style = styleOf(rowStyle, amountColumn && numeric);
  if (value === null || value === undefined || value === "") return `<c r="${ref}" s="${style}"/>`;
  if (numeric) return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return textCell(row, col, String(value), style);
}

function textCell(row: number, col: number, text: string, style: number): string {
  const ref = cellAddress(row, col);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}
