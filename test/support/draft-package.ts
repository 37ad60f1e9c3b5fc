import { cellAddress, rangeAddress } from "../../src/core/snapshot/address";
import { BUILTIN_FORMATS } from "../../src/hosts/xlsx/read/builtin-formats";
import type { DraftCell, DraftSheet, WorkbookDraft } from "./workbook-draft";
import { escapeXml, packageParts, stylesXml, zipParts, type Parts } from "./xlsx-package";

/**
 * A generated workbook draft written as Excel saves it — text in the shared string table, one cell style per number
 * format (built-in ids for 0.00, #,##0.00, 0% …), merged areas — straight into package parts. The bytes are the
 * same on every run (no timestamps), and a million cells take seconds where exceljs takes minutes, so the fuzz
 * suite and the bench can build their workbooks from a seed.
 */
export function draftToParts(draft: WorkbookDraft): Parts {
  const strings = new Indexer();
  const styles = new StyleTable();
  const sheets = draft.sheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet, strings, styles), after: mergeCellsXml(sheet) }));
  return packageParts({ sheets, sharedStrings: strings.items, styles: styles.xml() });
}

export function draftToPackage(draft: WorkbookDraft): Uint8Array {
  return zipParts(draftToParts(draft));
}

function sheetRows(sheet: DraftSheet, strings: Indexer, styles: StyleTable): string {
  const out: string[] = [];
  sheet.rows.forEach((line, r) => {
    const cells: string[] = [];
    let first = -1;
    line.forEach((cell, c) => {
      if (!cell || (cell.value === null && !cell.error)) return;
      if (first < 0) first = c;
      cells.push(cellXml(cellAddress(r, c), cell, strings, styles));
    });
    if (cells.length > 0) out.push(`<row r="${r + 1}" spans="${first + 1}:${line.length}">${cells.join("")}</row>`);
  });
  return out.join("");
}

function cellXml(ref: string, cell: DraftCell, strings: Indexer, styles: StyleTable): string {
  const s = cell.numberFormat ? ` s="${styles.of(cell.numberFormat)}"` : "";
  if (cell.error) return `<c r="${ref}"${s} t="e"><v>${escapeXml(cell.error)}</v></c>`;
  if (typeof cell.value === "number") return `<c r="${ref}"${s}><v>${cell.value}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.of(String(cell.value))}</v></c>`;
}

function mergeCellsXml(sheet: DraftSheet): string {
  if (sheet.merges.length === 0) return "";
  return `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>`;
}

class Indexer {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.push(text) - 1;
      this.index.set(text, i);
    }
    return i;
  }
}

const BUILTIN_ID = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));

/** Cell style 0 is General; each further number format gets a style, with a built-in id or a custom one from 176. */
class StyleTable {
  private readonly custom: Record<number, string> = {};
  private readonly xfs: number[] = [0];
  private readonly byCode = new Map<string, number>();

  of(code: string): number {
    let style = this.byCode.get(code);
    if (style === undefined) {
      let id = BUILTIN_ID.get(code);
      if (id === undefined) this.custom[(id = 176 + Object.keys(this.custom).length)] = code;
      style = this.xfs.push(id) - 1;
      this.byCode.set(code, style);
    }
    return style;
  }

  xml(): string {
    return stylesXml(this.custom, this.xfs);
  }
}
