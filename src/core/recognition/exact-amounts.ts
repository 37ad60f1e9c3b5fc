import type { CellSnapshot } from "../snapshot/types";
import type { ExactRead } from "../tables/table-model";
import { exactAsPrinted, type ScaledAmount } from "../numbers/scaled-amount";
import { parseCellNumber, storedNumber } from "../snapshot/cell-number";

/** A cell's state once read: not yet read, blank, a number without exact form, or exact (its scale is state − EXACT). */
const UNREAD = 0;
const BLANK = 1;
const OTHER = 2;
const EXACT = 3;
/** Where readLine has each cell read (reading is synchronous: one object serves every line). */
const SCRATCH: ScaledAmount = { units: 0, scale: 0 };

/**
 * The amount cells of one column group's body (its rows × its layout's columns), each read once the way the rules
 * read a cell (readExact): a rule's second look at a cell (a line's 合计 is checked across its row, then down its
 * column, then as a child of its parent) reads 9 bytes from two typed arrays instead of the cell object somewhere in
 * the snapshot (465.22 printed as "0.00": 46522 at scale 2).
 */
export class ExactAmounts {
  private readonly units: Float64Array;
  private readonly states: Uint8Array;

  /** Rows `firstRow` to `firstRow + rows − 1`, `width` cells each. */
  constructor(
    private readonly firstRow: number,
    rows: number,
    private readonly width: number,
  ) {
    const size = Math.max(0, rows * width);
    this.units = new Float64Array(size);
    this.states = new Uint8Array(size);
  }

  /**
   * Every cell of a line (its sheet row's cells at the layout's columns), read while recognition holds the row: the
   * rules then never go back to the sheet's cell objects for an exact read.
   */
  readLine(row: number, line: readonly (CellSnapshot | undefined)[] | undefined, cols: readonly number[]): void {
    for (let i = 0; i < cols.length; i++) this.read(row, i, line?.[cols[i]], SCRATCH);
  }

  /** The cell of sheet row `row` at layout index `i` (`source`, read the first time only), as readCell reads it. */
  read(row: number, i: number, source: CellSnapshot | undefined, out: ScaledAmount): ExactRead {
    const at = (row - this.firstRow) * this.width + i;
    if (at < 0 || at >= this.states.length) return readCell(source, out);
    let state = this.states[at];
    if (state === UNREAD) {
      state = stateOf(source, out);
      this.states[at] = state;
      if (state >= EXACT) this.units[at] = out.units;
    }
    if (state < EXACT) return state === BLANK ? "blank" : "other";
    out.units = this.units[at];
    out.scale = state - EXACT;
    return "exact";
  }
}

/**
 * A cell read for the exact check: "exact" with its printed value in `out` (a number printed as stored), "blank" (no
 * number: empty, “—”, words, unreadable), or "other" (a number without exact form: rounded by its format, %, text).
 */
export function readCell(source: CellSnapshot | undefined, out: ScaledAmount): ExactRead {
  const state = stateOf(source, out);
  return state >= EXACT ? "exact" : state === BLANK ? "blank" : "other";
}

function stateOf(source: CellSnapshot | undefined, out: ScaledAmount): number {
  if (source === undefined) return BLANK;
  const v = storedNumber(source);
  if (v !== undefined) return exactAsPrinted(v, source.numberFormat, out) ? EXACT + out.scale : OTHER;
  return parseCellNumber(source).kind === "number" ? OTHER : BLANK;
}
