import type { CellRange, SheetSnapshot } from "../../core/snapshot/types";
import { getCell } from "../../core/snapshot/types";
import { displayText } from "../../core/snapshot/display-text";
import type { TableOutline } from "../../core/tables/table-outline";

/** Rows shown above and below the selected cell. */
export const ROWS_AROUND = 6;
const MAX_HEADER_ROWS = 4;
const MAX_FROZEN_COLUMNS = 4;
/** The line above a header (“金额单位：万元”, “部门：…”) and the title are not header rows. */
const ABOVE_HEADER = /单位[：:]|部门[：:]|^编制/;

/**
 * What the grid shows around a cell, all 0-based sheet positions. For 支出决算表 D11 (沾益 公开03表): header rows
 * 4–6 (表头) frozen at the top, rows 5–17 around the cell, the code and name columns A–B frozen at the left,
 * C–H scrolling.
 */
export interface GridFrame {
  headerRows: number[];
  bodyRows: number[];
  frozenCols: number[];
  otherCols: number[];
}

/** The frame for `target` in `sheet`; `table` is the recognised table holding the cell, if any. */
export function gridFrame(sheet: SheetSnapshot, target: { row: number; col: number }, table?: TableOutline): GridFrame {
  const first = Math.max(0, target.row - ROWS_AROUND);
  const last = Math.min(Math.max(sheet.rowCount, target.row + 1) - 1, target.row + ROWS_AROUND);
  const width = Math.max(sheet.columnCount, target.col + 1);
  if (!table || !contains(table.range, target)) return { headerRows: [], bodyRows: span(first, last), frozenCols: [], otherCols: span(0, width - 1) };
  const header = headerRowsOf(sheet, table).filter((r) => r < target.row);
  const bodyStart = header.length ? Math.max(first, header[header.length - 1] + 1) : first;
  const amountsFrom = Math.min(...table.columns.map((c) => c.col), table.range.right + 1);
  const frozenEnd = Math.min(amountsFrom, table.range.left + MAX_FROZEN_COLUMNS) - 1;
  return {
    headerRows: header,
    bodyRows: span(bodyStart, last),
    frozenCols: span(table.range.left, frozenEnd),
    otherCols: span(frozenEnd + 1, width - 1),
  };
}

/**
 * The table's header: the rows right above its first line of data that hold labels, up to the unit line or the
 * title (沾益 支出决算表: rows 4–6 under “金额单位：万元”).
 */
export function headerRowsOf(sheet: SheetSnapshot, table: TableOutline): number[] {
  if (table.rows.length === 0) return [];
  const firstData = Math.min(...table.rows.map((r) => r.row));
  const rows: number[] = [];
  for (let r = firstData - 1; r >= table.range.top && rows.length < MAX_HEADER_ROWS; r--) {
    const texts = rowTexts(sheet, r, table.range);
    const titleLine = texts.some((t) => ABOVE_HEADER.test(t) || t.includes(table.kind.title) || t === table.title);
    if (titleLine || (texts.length === 0 && !coveredByMerge(sheet, r, table.range))) break;
    rows.unshift(r);
  }
  return rows;
}

function rowTexts(sheet: SheetSnapshot, row: number, range: CellRange): string[] {
  const out: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const text = displayText(getCell(sheet, row, c)).trim();
    if (text) out.push(text);
  }
  return out;
}

function coveredByMerge(sheet: SheetSnapshot, row: number, range: CellRange): boolean {
  return sheet.merges.some((m) => m.top < row && m.bottom >= row && m.right >= range.left && m.left <= range.right);
}

function contains(range: CellRange, p: { row: number; col: number }): boolean {
  return p.row >= range.top && p.row <= range.bottom && p.col >= range.left && p.col <= range.right;
}

function span(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** How one shown cell is drawn: a merged area is one cell spanning what is shown of it. */
export interface CellPlan {
  rowSpan: number;
  colSpan: number;
  /** The cell whose value it shows (a merge's top-left). */
  source: { row: number; col: number };
  /** False for the second and later pieces of a merge cut by the frame (the value is shown once). */
  showValue: boolean;
}

/**
 * The cells to draw, by “row:col” of the anchor; cells a merge covers map to null. A merge is cut where the frame
 * is cut (frozen | scrolling columns, header | body rows) so every piece stays inside one sticky block.
 */
export function planCells(sheet: SheetSnapshot, frame: GridFrame): Map<string, CellPlan | null> {
  const plan = new Map<string, CellPlan | null>();
  const rowBlocks = [frame.headerRows, frame.bodyRows].filter((b) => b.length);
  const colBlocks = [frame.frozenCols, frame.otherCols].filter((b) => b.length);
  for (const m of sheet.merges) {
    let first = true;
    for (const rows of rowBlocks) {
      for (const cols of colBlocks) {
        const top = Math.max(m.top, rows[0]);
        const bottom = Math.min(m.bottom, rows[rows.length - 1]);
        const left = Math.max(m.left, cols[0]);
        const right = Math.min(m.right, cols[cols.length - 1]);
        if (top > bottom || left > right) continue;
        for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) plan.set(`${r}:${c}`, null);
        plan.set(`${top}:${left}`, { rowSpan: bottom - top + 1, colSpan: right - left + 1, source: { row: m.top, col: m.left }, showValue: first });
        first = false;
      }
    }
  }
  return plan;
}
