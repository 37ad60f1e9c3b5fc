import { displayText } from "../../core/snapshot/display-text";
import { getCell, type SheetSnapshot } from "../../core/snapshot/types";
import type { CellPlan, GridFrame } from "./grid-frame";

/** Share of the grid's width the frozen columns take before names are cut (row numbers included). */
const FROZEN_SHARE = 0.5;
const MIN_COLUMN_EM = 2.4;
const MIN_ROW_NUMBER_EM = 2;
/** A name cut on a narrow grid: six characters still say what the line is … */
const NARROW_NAME_EM = 6;
/** … and never below two characters and “…”, when the equation's columns need the room (the whole name in the tooltip). */
const SHORTEST_NAME_EM = 4;
const NAME_STEP_EM = 0.5;
/** A cell's padding and border, in em. */
const PADDING_EM = 0.8;
/** The widest a scrolling cell is drawn (the cell styles' maxWidth). */
const MAX_CELL_EM = 12;
/** A code column: 类/款/项 numbers, 单位代码 (never cut). */
const CODE = /^[0-9A-Za-z.\-\s]*$/;

/** How the columns of a grid are drawn: the row numbers' width, the frozen ones' offsets and widths, the header cells that wrap. */
export interface GridWidths {
  /** Width (em) of the row-number column: its longest number. */
  rowNumbers: number;
  /** Left offset and width (em) of each frozen column. */
  frozen: Map<number, { left: number; width: number }>;
  /** Header cells over several rows drawn in as many lines (a narrow grid), by “row:col”: their width (em) and lines. */
  wrapped: Map<string, { width: number; lines: number }>;
}

/**
 * The widths of a grid `widthEm` wide. The row numbers take what their longest needs; the frozen columns are sized to what they show (a 7-digit code, a name of 8
 * characters). When they would take more than their share, the grid is narrow: a header over several rows is drawn
 * in as many lines (“当年财政 / 拨款安排”), and names are cut — to six characters, or shorter (never below two)
 * so that the cell and the nearest of its equation's columns (`shownCols`) fit beside them. Codes are never cut.
 */
export function gridWidths(
  sheet: SheetSnapshot,
  frame: GridFrame,
  plan: ReadonlyMap<string, CellPlan | null>,
  widthEm: number | undefined,
  shownCols: readonly number[],
): GridWidths {
  const rowNumbers = Math.max(MIN_ROW_NUMBER_EM, textWidthEm(String(Math.max(0, ...frame.headerRows, ...frame.bodyRows) + 1)) + PADDING_EM);
  const widths = frame.frozenCols.map((c) => Math.min(8, Math.max(MIN_COLUMN_EM, bodyEm(sheet, frame, c) + PADDING_EM)));
  const room = widthEm === undefined ? Infinity : widthEm * FROZEN_SHARE - rowNumbers;
  if (widthEm === undefined || sum(widths) <= room) return { rowNumbers, frozen: offsets(rowNumbers, frame.frozenCols, widths), wrapped: new Map() };
  const wrapped = wrappedHeaders(sheet, frame, plan);
  const codes = frame.frozenCols.map((c) => isCodeColumn(sheet, frame, c));
  const beside = widthEm - rowNumbers - sum(shownCols.map((c) => columnEm(sheet, frame, plan, wrapped, c)));
  const cut = (cap: number) => widths.map((w, i) => (codes[i] ? w : Math.min(w, cap)));
  let cap = NARROW_NAME_EM;
  while (cap > SHORTEST_NAME_EM && sum(cut(cap)) > beside) cap -= NAME_STEP_EM;
  return { rowNumbers, frozen: offsets(rowNumbers, frame.frozenCols, cut(cap)), wrapped };
}

function offsets(rowNumbers: number, cols: readonly number[], widths: readonly number[]): Map<number, { left: number; width: number }> {
  const out = new Map<number, { left: number; width: number }>();
  let left = rowNumbers;
  cols.forEach((c, i) => {
    out.set(c, { left, width: widths[i] });
    left += widths[i];
  });
  return out;
}

/** Header cells of one column over several rows whose words are wider than the column's values: width and lines. */
function wrappedHeaders(sheet: SheetSnapshot, frame: GridFrame, plan: ReadonlyMap<string, CellPlan | null>): Map<string, { width: number; lines: number }> {
  const frozen = new Set(frame.frozenCols);
  const out = new Map<string, { width: number; lines: number }>();
  for (const r of frame.headerRows) {
    for (const c of frame.columns) {
      const piece = plan.get(`${r}:${c}`);
      if (frozen.has(c) || !piece || piece.rowSpan < 2 || piece.colSpan > 1 || !piece.showValue) continue;
      const words = textWidthEm(displayText(getCell(sheet, piece.source.row, piece.source.col)));
      const width = Math.max(Math.ceil(words / piece.rowSpan), bodyEm(sheet, frame, c)) + PADDING_EM;
      if (width < words + PADDING_EM) out.set(`${r}:${c}`, { width, lines: piece.rowSpan });
    }
  }
  return out;
}

/** Rough width (em) a scrolling column is drawn at: its widest value or header (wrapped when it wraps). */
function columnEm(
  sheet: SheetSnapshot,
  frame: GridFrame,
  plan: ReadonlyMap<string, CellPlan | null>,
  wrapped: ReadonlyMap<string, { width: number }>,
  c: number,
): number {
  let widest = bodyEm(sheet, frame, c) + PADDING_EM;
  for (const r of frame.headerRows) {
    const piece = plan.get(`${r}:${c}`);
    if (piece === null || (piece && (piece.colSpan > 1 || !piece.showValue))) continue;
    widest = Math.max(widest, wrapped.get(`${r}:${c}`)?.width ?? textWidthEm(displayText(getCell(sheet, r, c))) + PADDING_EM);
  }
  return Math.min(MAX_CELL_EM, widest);
}

function bodyEm(sheet: SheetSnapshot, frame: GridFrame, c: number): number {
  let widest = 0;
  for (const r of frame.bodyRows) widest = Math.max(widest, textWidthEm(displayText(getCell(sheet, r, c))));
  return widest;
}

function isCodeColumn(sheet: SheetSnapshot, frame: GridFrame, c: number): boolean {
  return frame.bodyRows.every((r) => CODE.test(displayText(getCell(sheet, r, c))));
}

/** Rough width of text in em: a Chinese character is 1em, a digit or letter about 0.6em. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return w;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
