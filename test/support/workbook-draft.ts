import ExcelJS from "exceljs";
import type { CellRange, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";

/**
 * A workbook as the generator lays it out, before it becomes either a WorkbookSnapshot (fast, for the engine
 * and the bench) or real .xlsx bytes (through exceljs, for the reader path). One description, two renderings.
 */

export interface DraftCell {
  value: string | number | null;
  numberFormat?: string;
  /** Excel error value (#REF!) instead of a value. */
  error?: string;
  /** A formula saved without its result (value null), as scripts and some export tools write it. */
  formula?: string;
}

export interface DraftSheet {
  name: string;
  /** rows[r][c], 0-based; undefined = empty. */
  rows: (DraftCell | undefined)[][];
  merges: CellRange[];
  /** The tab is hidden. */
  hidden?: boolean;
  /** Hidden rows (0-based). */
  hiddenRows?: number[];
}

export interface WorkbookDraft {
  name: string;
  sheets: DraftSheet[];
}

export function setDraftCell(sheet: DraftSheet, row: number, col: number, cell: DraftCell | undefined): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  sheet.rows[row][col] = cell;
}

export function getDraftCell(sheet: DraftSheet, row: number, col: number): DraftCell | undefined {
  return sheet.rows[row]?.[col];
}

/** Non-empty cells of the draft. */
export function countCells(draft: WorkbookDraft): number {
  let n = 0;
  for (const s of draft.sheets) for (const line of s.rows) for (const c of line) if (c) n++;
  return n;
}

/** Rows × columns of every sheet (the used range Excel would report). */
export function countGridCells(draft: WorkbookDraft): number {
  let n = 0;
  for (const s of draft.sheets) n += s.rows.length * Math.max(0, ...s.rows.map((r) => r.length));
  return n;
}

export function draftToSnapshot(draft: WorkbookDraft): WorkbookSnapshot {
  return { name: draft.name, sheets: draft.sheets.map(sheetSnapshot) };
}

function sheetSnapshot(sheet: DraftSheet): SheetSnapshot {
  let columnCount = 0;
  const cells = sheet.rows.map((line) => {
    columnCount = Math.max(columnCount, line.length);
    const out: (CellSnapshot | undefined)[] = new Array(line.length);
    for (let c = 0; c < line.length; c++) {
      const d = line[c];
      if (d) out[c] = d.error ? { value: null, error: d.error, numberFormat: d.numberFormat } : cellOf(d);
    }
    return out;
  });
  const snapshot: SheetSnapshot = { name: sheet.name, cells, rowCount: cells.length, columnCount, merges: sheet.merges.map((m) => ({ ...m })) };
  if (sheet.hidden) snapshot.hidden = true;
  if (sheet.hiddenRows) snapshot.hiddenRows = [...sheet.hiddenRows];
  return snapshot;
}

function cellOf(d: DraftCell): CellSnapshot {
  return d.formula === undefined ? { value: d.value, numberFormat: d.numberFormat } : { value: null, formula: d.formula, numberFormat: d.numberFormat };
}

export function draftToExcelJs(draft: WorkbookDraft): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of draft.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((line, r) => {
      line.forEach((d, c) => {
        if (!d) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = d.error ? ({ error: d.error } as ExcelJS.CellErrorValue) : d.formula ? ({ formula: d.formula } as ExcelJS.CellFormulaValue) : d.value;
        if (d.numberFormat) cell.numFmt = d.numberFormat;
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    if (sheet.hidden) ws.state = "hidden";
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  }
  return workbook;
}

export async function draftToXlsx(draft: WorkbookDraft): Promise<Uint8Array> {
  const buffer = await draftToExcelJs(draft).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
