import type { CellSnapshot } from "../snapshot/types";
import type { AmountCell, ExactRead, RowAmounts } from "../tables/table-model";
import { exactAsPrinted, type ScaledAmount } from "../numbers/scaled-amount";
import { parseCellNumber, storedNumber } from "../snapshot/cell-number";
import { SheetAmount } from "./amount-cell";
import { isUncomputedFormula } from "../snapshot/computed-formulas";

/** Where a column group's amounts are: column keys and their sheet columns, shared by every row of the group. */
export class CellLayout {
  readonly keys: string[] = [];
  readonly cols: number[] = [];
  private readonly index = new Map<string, number>();
  /** The last key asked and its index: a rule asks row after row for the same column (has, then the read). */
  private lastKey: string | undefined;
  private lastIndex: number | undefined;

  constructor(columns: readonly { key: string; col: number }[]) {
    for (const { key, col } of columns) {
      const at = this.index.get(key);
      if (at !== undefined) {
        this.cols[at] = col; // the same meaning twice in a group: the later column counts, as a Map would keep it
        continue;
      }
      this.index.set(key, this.keys.length);
      this.keys.push(key);
      this.cols.push(col);
    }
  }

  indexOf(key: string): number | undefined {
    if (key === this.lastKey) return this.lastIndex;
    this.lastKey = key;
    this.lastIndex = this.index.get(key);
    return this.lastIndex;
  }
}

const NO_CELLS: readonly (CellSnapshot | undefined)[] = [];

/**
 * The amount cells of one row by column key, read from the sheet's own row: each access makes a small view
 * of the cell, used and dropped (a model of a million cells keeps no million objects alive). Compare cells
 * by sheet, row and column, not by identity.
 */
export class RowCells implements RowAmounts {
  constructor(
    private readonly layout: CellLayout,
    private readonly sheet: string,
    private readonly row: number,
    private readonly line: readonly (CellSnapshot | undefined)[] = NO_CELLS,
  ) {}

  get size(): number {
    return this.layout.keys.length;
  }

  /** The sheet columns of the row's amount cells, in key order. */
  get cols(): readonly number[] {
    return this.layout.cols;
  }

  has(key: string): boolean {
    return this.layout.indexOf(key) !== undefined;
  }

  get(key: string): AmountCell | undefined {
    const i = this.layout.indexOf(key);
    return i === undefined ? undefined : this.at(i);
  }

  isBlank(key: string): boolean {
    const source = this.sourceOf(key);
    if (source === undefined) return true;
    return storedNumber(source) === undefined && parseCellNumber(source).kind !== "number";
  }

  isPending(key: string): boolean {
    return isUncomputedFormula(this.sourceOf(key));
  }

  readExact(key: string, out: ScaledAmount): ExactRead {
    const source = this.sourceOf(key);
    if (source === undefined) return "blank";
    const v = storedNumber(source);
    if (v !== undefined) return exactAsPrinted(v, source.numberFormat, out) ? "exact" : "other";
    return parseCellNumber(source).kind === "number" ? "other" : "blank";
  }

  private sourceOf(key: string): CellSnapshot | undefined {
    const i = this.layout.indexOf(key);
    return i === undefined ? undefined : this.line[this.layout.cols[i]];
  }

  forEach(callback: (value: AmountCell, key: string, map: ReadonlyMap<string, AmountCell>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  *entries(): MapIterator<[string, AmountCell]> {
    for (let i = 0; i < this.layout.keys.length; i++) yield [this.layout.keys[i], this.at(i)];
  }

  /** The layout's own keys, iterated without a generator (a row's keys are read for every row of every rule). */
  keys(): MapIterator<string> {
    return this.layout.keys.values();
  }

  *values(): MapIterator<AmountCell> {
    for (let i = 0; i < this.layout.keys.length; i++) yield this.at(i);
  }

  [Symbol.iterator](): MapIterator<[string, AmountCell]> {
    return this.entries();
  }

  cellAt(col: number): SheetAmount {
    return new SheetAmount(this.sheet, this.row, col, this.line[col]);
  }

  private at(i: number): SheetAmount {
    const col = this.layout.cols[i];
    return new SheetAmount(this.sheet, this.row, col, this.line[col]);
  }
}
