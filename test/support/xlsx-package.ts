import { zipSync, type Zippable } from "fflate";

/**
 * .xlsx packages written part by part, the way other producers write them — openpyxl/pandas (absolute part paths,
 * no styles part), streaming writers (inline strings, no shared strings), WPS and the 决算 export tools — so tests
 * can build any valid or damaged workbook in a few lines without exceljs deciding the XML for them.
 *
 *   const parts = packageParts({ sheets: [{ name: "公开01表", rows: row(1, inline("A1", "收入支出决算总表")) }] });
 *   delete parts["xl/styles.xml"];
 *   const bytes = zipParts(parts);
 */

export type Parts = Record<string, string | Uint8Array>;

export interface SheetSpec {
  name: string;
  /** Inner XML of `<sheetData>`. */
  rows?: string;
  /** XML after `</sheetData>` (mergeCells, legacyDrawing …). */
  after?: string;
  /** XML before `<sheetData>` (cols …). */
  before?: string;
  /** Default worksheet; a chart sheet or dialog sheet gets its own part type. */
  kind?: "worksheet" | "chartsheet" | "dialogsheet";
  /** Relationships of the sheet part itself (comments, drawings), as `<Relationship …/>` elements. */
  rels?: string;
}

export interface PackageSpec {
  sheets: SheetSpec[];
  /** The shared string table; omitted → no sharedStrings part at all. */
  sharedStrings?: string[];
  /** Full styles.xml; omitted → no styles part (as openpyxl-style minimal writers may do). */
  styles?: string;
  /** Write relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"), as openpyxl does. */
  absoluteTargets?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const FOLDER: Record<NonNullable<SheetSpec["kind"]>, string> = { worksheet: "worksheets", chartsheet: "chartsheets", dialogsheet: "dialogsheets" };

export function packageParts(spec: PackageSpec): Parts {
  const target = (path: string) => (spec.absoluteTargets ? `/xl/${path}` : path);
  const parts: Parts = {};
  const overrides: string[] = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
  ];
  const workbookRels: string[] = [];
  const sheetList: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const kind = sheet.kind ?? "worksheet";
    const path = `${FOLDER[kind]}/sheet${i + 1}.xml`;
    parts[`xl/${path}`] = sheetXml(sheet, kind);
    if (sheet.rels) parts[`xl/${FOLDER[kind]}/_rels/sheet${i + 1}.xml.rels`] = `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${sheet.rels}</Relationships>`;
    overrides.push(`<Override PartName="/xl/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`);
    workbookRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${target(path)}"/>`);
    sheetList.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  });
  if (spec.sharedStrings) {
    parts["xl/sharedStrings.xml"] =
      `${XML_HEAD}<sst xmlns="${MAIN}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`;
    workbookRels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
  }
  if (spec.styles) {
    parts["xl/styles.xml"] = spec.styles;
    workbookRels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="${target("styles.xml")}"/>`);
  }
  parts["[Content_Types].xml"] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${spec.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`;
  parts["xl/workbook.xml"] = `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] = `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${workbookRels.join("")}</Relationships>`;
  return parts;
}

function sheetXml(sheet: SheetSpec, kind: NonNullable<SheetSpec["kind"]>): string {
  if (kind === "chartsheet")
    return `${XML_HEAD}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`;
  if (kind === "dialogsheet") return `${XML_HEAD}<dialogsheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></dialogsheet>`;
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.before ?? ""}<sheetData>${sheet.rows ?? ""}</sheetData>${sheet.after ?? ""}</worksheet>`;
}

/** Zips the parts (DEFLATE unless level 0), names in the order given. */
export function zipParts(parts: Parts, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return zipSync(files, { level });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `<row r="n">…</row>` */
export function row(n: number, ...cells: string[]): string {
  return `<row r="${n}">${cells.join("")}</row>`;
}

/** A number cell, optionally styled. */
export function num(ref: string, value: number | string, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;
}

/** An inline-string cell (streaming writers, no shared string table). */
export function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

/** A shared-string cell pointing at entry `index`. */
export function shared(ref: string, index: number): string {
  return `<c r="${ref}" t="s"><v>${index}</v></c>`;
}

/** styles.xml with the given custom formats (id → code) and one cellXfs entry per numFmtId listed. */
export function stylesXml(custom: Record<number, string>, xfNumFmtIds: number[]): string {
  const fmts = Object.entries(custom).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
  const xfs = xfNumFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`);
  return `${XML_HEAD}<styleSheet xmlns="${MAIN}">${fmts.length ? `<numFmts count="${fmts.length}">${fmts.join("")}</numFmts>` : ""}<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`;
}
