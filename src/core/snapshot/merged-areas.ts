import type { CellRange, SheetSnapshot } from "./types";
import { HeldCache } from "../cache/held-cache";

export interface CellPosition {
  row: number;
  col: number;
}

/** A merge taller than this is kept in a short list scanned per lookup instead of being indexed row by row. */
const TALL = 4096;

/**
 * The merged areas of a sheet, indexed by row, and the columns of each row that show something. Cost grows with
 * the merges' heights and the filled cells, never with the areas the merges or the sheet's extent cover: a merge
 * A1:XFD1048576 or one stray value at XFD1048576 costs next to nothing.
 */
export class MergedAreas {
  private static readonly bySheet = new HeldCache<SheetSnapshot, MergedAreas>("merged areas");
  /**
   * Merges covering each row (only rows some short merge covers): a Map, since merges cross a sparse few rows (the
   * headers), where an array indexed by row falls back to slow dictionary elements.
   */
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly tall: CellRange[] = [];
  private readonly columnCache: (readonly number[] | undefined)[] = [];
  private filled?: number[];
  /** Where the last rowFrom stopped, plus one: the next row of an in-order visit. */
  private cursor = 0;

  /** The index of a sheet's merges, built once however many readers look at the sheet. */
  static of(sheet: SheetSnapshot): MergedAreas {
    return MergedAreas.bySheet.of(sheet, (s) => new MergedAreas(s));
  }

  private constructor(private readonly sheet: SheetSnapshot) {
    for (const m of sheet.merges) {
      if (m.bottom - m.top >= TALL) {
        this.tall.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        const list = this.byRow.get(r);
        if (list) list.push(m);
        else this.byRow.set(r, [m]); // most rows are crossed by one merge: a list of one, not an empty list grown
      }
    }
  }

  /** Top-left cell of the merge covering (row, col) when (row, col) is not that cell itself. */
  ownerOf(row: number, col: number): CellPosition | undefined {
    const merge = this.coveringMerge(row, col);
    return merge ? { row: merge.top, col: merge.left } : undefined;
  }

  /** The merge covering (row, col) when (row, col) is not its top-left cell: ownerOf without making an object. */
  coveringMerge(row: number, col: number): CellRange | undefined {
    const merge = this.mergeAt(row, col);
    return !merge || (merge.top === row && merge.left === col) ? undefined : merge;
  }

  /**
   * The columns of a row worth reading, in order: every cell the row holds, and the left column of every merge
   * crossing the row (a merged header reads there). Read once per row.
   */
  columns(row: number): readonly number[] {
    const known = this.columnCache[row];
    if (known) return known;
    const line = this.sheet.cells[row];
    let count = 0;
    if (line) for (let c = 0; c < line.length; c++) if (line[c]) count++;
    // Made at its size: every filled row of a sheet keeps its list for the whole check.
    const cols: number[] = new Array<number>(count);
    let at = 0;
    if (line) for (let c = 0; c < line.length; c++) if (line[c]) cols[at++] = c;
    for (const m of this.mergesIn(row)) insertColumn(cols, m.left);
    this.columnCache[row] = cols;
    return cols;
  }

  /** Rows from `from` to `to` (inclusive) that hold a cell or start a merge, in order: empty rows are never visited. */
  rowsBetween(from: number, to: number): number[] {
    const rows = this.filledRows();
    const out: number[] = [];
    for (let i = firstAtOrAfter(rows, from); i < rows.length && rows[i] <= to; i++) out.push(rows[i]);
    return out;
  }

  /**
   * The first row at or after `row` that holds a cell or starts a merge (Infinity when none), without making a list:
   * `for (let r = rowFrom(a); r <= b; r = rowFrom(r + 1))` visits rows in order at a constant cost each.
   */
  rowFrom(row: number): number {
    const rows = this.filledRows();
    let i = this.cursor;
    if (!((i === 0 || rows[i - 1] < row) && (i === rows.length || rows[i] >= row))) i = firstAtOrAfter(rows, row);
    this.cursor = Math.min(i + 1, rows.length);
    return i < rows.length ? rows[i] : Infinity;
  }

  private filledRows(): number[] {
    if (this.filled) return this.filled;
    const rows: number[] = [];
    // Rows in ascending order, so no set of them is made or sorted; a row is a read, never a string of its number
    // (the rows between a stray value at row 1048576 and the table are one shared empty row each: a million reads).
    const cells = this.sheet.cells;
    for (let r = 0; r < cells.length; r++) if (holdsCell(cells[r])) rows.push(r);
    const emptyTops = new Set<number>();
    for (const m of this.sheet.merges) if (rows[firstAtOrAfter(rows, m.top)] !== m.top) emptyTops.add(m.top);
    this.filled = emptyTops.size === 0 ? rows : [...rows, ...emptyTops].sort((a, b) => a - b);
    return this.filled;
  }

  /** Last column of a row that holds a cell or that a merge crossing the row reaches; −1 for an empty row. */
  rightEdge(row: number): number {
    let right = -1;
    const line = this.sheet.cells[row];
    if (line)
      for (let c = line.length - 1; c >= 0; c--)
        if (line[c]) {
          right = c;
          break;
        }
    for (const m of this.mergesIn(row)) right = Math.max(right, m.right);
    return right;
  }

  /** The merges crossing a row, in the order a cell's merge is looked up. */
  mergesIn(row: number): readonly CellRange[] {
    const short = this.byRow.get(row) ?? NONE;
    if (this.tall.length === 0) return short;
    const tall = this.tall.filter((m) => m.top <= row && row <= m.bottom);
    return tall.length === 0 ? short : [...short, ...tall];
  }

  private mergeAt(row: number, col: number): CellRange | undefined {
    const short = this.byRow.get(row);
    if (short) for (const m of short) if (m.left <= col && col <= m.right) return m;
    for (const m of this.tall) if (m.top <= row && row <= m.bottom && m.left <= col && col <= m.right) return m;
    return undefined;
  }
}

const NONE: readonly CellRange[] = [];

function holdsCell(line: readonly unknown[] | undefined): boolean {
  if (line) for (let c = 0; c < line.length; c++) if (line[c] !== undefined) return true;
  return false;
}

/** Puts `col` into the ascending `cols` unless it is there (a row's few merges: no sort, no comparator). */
function insertColumn(cols: number[], col: number): void {
  const at = firstAtOrAfter(cols, col);
  if (cols[at] === col) return;
  cols.push(col);
  for (let i = cols.length - 1; i > at; i--) cols[i] = cols[i - 1];
  cols[at] = col;
}

/** Index of the first of the sorted `rows` at or after `row` (binary search). */
function firstAtOrAfter(rows: readonly number[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
