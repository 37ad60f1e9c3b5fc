import type { CellRange } from "../../src/core/snapshot/types";
import type { DraftCell } from "./workbook-draft";
import type { Cents } from "./unit-accounts";

/** The nine core 决算 tables, by the engine's kind id. */
export type TableId = "J01" | "J02" | "J03" | "J04" | "J05" | "J06" | "J07" | "J08" | "J09";

/**
 * One amount position of a generated table, with the truth the tests compare against: its exact value, what
 * it means (row key and column meaning as the engine names them), and whether an error-level identity of the
 * catalogue covers it.
 */
export interface AmountSlot {
  table: TableId;
  /** Index of the reporting unit (0 for a single-unit workbook). */
  unit: number;
  /** Code ("2080505") or item name ("本年收入合计"). */
  row: string;
  /** Column meaning ("基本支出", "金额", "决算数"). */
  column: string;
  /** Exact value in 分 of 万元. */
  cents: Cents;
  /** For a total: how many non-zero parts it sums (≥ 2 makes it a rounding-test candidate); 0 otherwise. */
  parts: number;
  /** Covered by at least one error-severity identity (statistics counts and 机关运行经费 are not). */
  checked: boolean;
  /** Printed in 元 (value × 10000) rather than 万元. */
  yuan: boolean;
  sheet: string;
  /** 0-based position in the sheet (relative to the block until placed). */
  r: number;
  c: number;
}

export interface AmountStyle {
  yuan: boolean;
  /** Number format of amount cells. */
  format: string;
  /** How a zero amount is printed: left empty, or 0.00. */
  zero: "blank" | "zero";
}

/** A rectangle of cells (one table) before it is placed in a sheet. */
export class Block {
  readonly rows: (DraftCell | undefined)[][] = [];
  readonly merges: CellRange[] = [];
  readonly amounts: AmountSlot[] = [];

  constructor(
    readonly table: TableId,
    readonly unit: number,
    readonly width: number,
    readonly style: AmountStyle,
  ) {}

  put(r: number, c: number, value: string | number | null, numberFormat?: string): void {
    while (this.rows.length <= r) this.rows.push([]);
    this.rows[r][c] = { value, numberFormat };
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  /** Text merged across the whole table width (titles, notes). */
  line(r: number, text: string): void {
    this.put(r, 0, text);
    this.merge(r, 0, r, this.width - 1);
  }

  /** An amount cell; `parts` are the addends when the cell is a total. */
  amount(r: number, c: number, cents: Cents, meta: { row: string; column: string; parts?: Cents[]; checked?: boolean }): void {
    const { yuan, format, zero } = this.style;
    if (cents !== 0 || zero === "zero") this.put(r, c, printedValue(cents, yuan), format);
    else while (this.rows.length <= r) this.rows.push([]);
    this.amounts.push({
      table: this.table,
      unit: this.unit,
      row: meta.row,
      column: meta.column,
      cents,
      parts: (meta.parts ?? []).filter((p) => p !== 0).length,
      checked: meta.checked ?? true,
      yuan,
      sheet: "",
      r,
      c,
    });
  }

  get height(): number {
    return this.rows.length;
  }
}

/** Value as stored in the cell: 万元 with two decimals, or 元. */
export function printedValue(cents: Cents, yuan: boolean): number {
  return yuan ? cents * 100 : cents / 100;
}

/**
 * Multi-row header from leaf paths (["本年支出", "基本支出", "人员经费"]): equal prefixes of adjacent columns are
 * merged across, a path that ends early is merged down to the last header row. Returns the next free row.
 */
export function renderHeader(block: Block, top: number, paths: string[][]): number {
  const depth = Math.max(...paths.map((p) => p.length));
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < paths.length) {
      if (paths[c].length <= level) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < paths.length && paths[end + 1].length > level && samePrefix(paths[c], paths[end + 1], level)) end++;
      block.put(top + level, c, paths[c][level]);
      if (end > c) block.merge(top + level, c, top + level, end);
      else if (paths[c].length === level + 1) block.merge(top + level, c, top + depth - 1, c);
      c = end + 1;
    }
  }
  return top + depth;
}

function samePrefix(a: string[], b: string[], level: number): boolean {
  for (let i = 0; i <= level; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Column roles for the 栏次 row. */
export type ColumnKind = "label" | "line" | "amount";

/** 栏次 row: “栏次” over each run of label columns, amount columns numbered 1, 2, … */
export function renderColumnNumbers(block: Block, row: number, kinds: ColumnKind[]): number {
  let n = 1;
  let c = 0;
  while (c < kinds.length) {
    if (kinds[c] === "label") {
      let end = c;
      while (end + 1 < kinds.length && kinds[end + 1] === "label") end++;
      block.put(row, c, "栏次");
      block.merge(row, c, row, end);
      c = end + 1;
      continue;
    }
    if (kinds[c] === "amount") block.put(row, c, n++);
    c++;
  }
  return row + 1;
}
