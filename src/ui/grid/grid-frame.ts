import type { CellRange, SheetSnapshot } from "../../core/snapshot/types";
import { getCell } from "../../core/snapshot/types";
import { displayText } from "../../core/snapshot/display-text";
import type { TableModel } from "../../core/tables/table-model";
import type { PerformanceProject } from "../../core/performance/model";

/** Rows shown above and below the selected cell. */
export const ROWS_AROUND = 6;
const MAX_HEADER_ROWS = 4;
const MAX_FROZEN_COLUMNS = 4;
/** The line above a header (“金额单位：万元”, “部门：…”) and the title are not header rows. */
const ABOVE_HEADER = /单位[：:]|部门[：:]|^编制/;

/**
 * What the grid shows around a cell, all 0-based sheet positions. For 支出决算表 D11 (沾益 公开03表): header rows
 * 4–6 (表头) frozen at the top, rows 5–17 around the cell, columns A–H with the code and name columns A–B frozen
 * at the left. Columns are shown in sheet order: the label columns of a block further right (the 支出 side of a
 * 收支总表, the 公用经费 block of a 基本支出表) stick at the left once the grid scrolls past them.
 */
export interface GridFrame {
  headerRows: number[];
  bodyRows: number[];
  /** Columns shown, in sheet order. */
  columns: number[];
  /** The code and name columns of the cell's block, in sheet order (a subset of `columns`). */
  frozenCols: number[];
}

/** What keeps a cell readable: its table's header rows and the label columns (code, name) of its block. */
export interface CellContext {
  headerRows: number[];
  labelCols: number[];
  /** The table's first column: columns left of it are not shown. */
  left: number;
}

/** The frame for `target` in `sheet`, with the cell's context when it lies in a recognised table. */
export function gridFrame(sheet: SheetSnapshot, target: { row: number; col: number }, context?: CellContext): GridFrame {
  const first = Math.max(0, target.row - ROWS_AROUND);
  const last = Math.min(Math.max(sheet.rowCount, target.row + 1) - 1, target.row + ROWS_AROUND);
  const width = Math.max(sheet.columnCount, target.col + 1);
  if (!context) return { headerRows: [], bodyRows: span(first, last), columns: span(0, width - 1), frozenCols: [] };
  const header = context.headerRows.filter((r) => r < target.row);
  const bodyStart = header.length ? Math.max(first, header[header.length - 1] + 1) : first;
  return { headerRows: header, bodyRows: span(bodyStart, last), columns: span(context.left, width - 1), frozenCols: context.labelCols };
}

/** The context of a cell of a recognised table: its header rows and its block's code and name columns. */
export function tableContext(sheet: SheetSnapshot, table: TableModel, target: { row: number; col: number }): CellContext | undefined {
  if (!contains(table.range, target)) return undefined;
  return { headerRows: headerRowsOf(sheet, table), labelCols: blockLabels(table, target.col), left: table.range.left };
}

/**
 * The label columns of the block holding `col`: the columns without amounts right before the block's amount
 * columns (收支总表 D: 支出 项目 C, not 收入 项目 A), or the run of label columns holding `col` itself.
 */
function blockLabels(table: TableModel, col: number): number[] {
  const amounts = new Set(table.columns.map((c) => c.col));
  const { left, right } = table.range;
  if (!amounts.has(col)) {
    let from = col;
    while (from > left && !amounts.has(from - 1)) from--;
    let to = col;
    while (to < right && !amounts.has(to + 1)) to++;
    return span(Math.max(from, to - MAX_FROZEN_COLUMNS + 1), to);
  }
  let block = col;
  while (block > left && amounts.has(block - 1)) block--;
  let from = block;
  while (from > left && !amounts.has(from - 1) && block - from < MAX_FROZEN_COLUMNS) from--;
  return span(from, block - 1);
}

/**
 * The context of a cell on a 绩效 indicator's line: the indicator's name (三级指标 / 指标名称) frozen beside the
 * value, the line above the first indicator (the column labels) as header.
 */
export function indicatorContext(sheet: string, projects: readonly PerformanceProject[], target: { row: number; col: number }): CellContext | undefined {
  for (const project of projects) {
    if (project.table.sheet !== sheet) continue;
    const indicator = project.indicators.find((i) => i.row === target.row);
    if (!indicator) continue;
    const labels = project.indicators[0].row - 1;
    return { headerRows: labels >= 0 ? [labels] : [], labelCols: [indicator.name.col], left: 0 };
  }
  return undefined;
}

/**
 * The table's header: the rows right above its first line of data that hold labels, up to the unit line or the
 * title (沾益 支出决算表: rows 4–6 under “金额单位：万元”).
 */
export function headerRowsOf(sheet: SheetSnapshot, table: TableModel): number[] {
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
  const colBlocks = columnBlocks(frame);
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

/** The shown columns cut into runs that stick alike: scrolling | frozen | scrolling … */
function columnBlocks(frame: GridFrame): number[][] {
  const frozen = new Set(frame.frozenCols);
  const blocks: number[][] = [];
  frame.columns.forEach((c, i) => {
    if (i > 0 && frozen.has(c) === frozen.has(frame.columns[i - 1]) && c === frame.columns[i - 1] + 1) blocks[blocks.length - 1].push(c);
    else blocks.push([c]);
  });
  return blocks;
}
