import type { CellSnapshot, SheetSnapshot } from "../snapshot/types";
import { getCell } from "../snapshot/types";
import { cellAddress } from "../snapshot/address";
import { parseCellNumber, toHalfWidth } from "../numbers/parse-number";
import { Decimal } from "../numbers/decimal";
import type { NumberCell, SourceCell } from "./model";

/** Removes whitespace and unifies brackets so “一级 指标” = “一级指标”. */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0\u3000]+/g, "").replace(/（/g, "(").replace(/）/g, ")");
}

/**
 * A sheet seen through its merged areas: every cell of a merged area reads as its top-left cell,
 * which is how an accountant reads a merged 一级指标 or 项目名称 cell.
 */
export class SheetGrid {
  /** Merge anchors keyed by row * 16384 + col (Excel's column limit), no string per lookup. */
  private readonly anchors = new Map<number, { row: number; col: number }>();

  constructor(readonly sheet: SheetSnapshot) {
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.anchors.set(r * 16384 + c, { row: m.top, col: m.left });
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  get rowCount(): number {
    return Math.max(this.sheet.rowCount, this.sheet.cells.length);
  }

  get columnCount(): number {
    return this.sheet.columnCount;
  }

  /** Top-left cell of the merged area holding (row, col), or (row, col) itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    return this.anchors.get(row * 16384 + col) ?? { row, col };
  }

  /** True when (row, col) is inside a merged area but not its top-left cell. */
  isContinuation(row: number, col: number): boolean {
    const a = this.anchor(row, col);
    return a.row !== row || a.col !== col;
  }

  raw(row: number, col: number): CellSnapshot | undefined {
    const a = this.anchor(row, col);
    return getCell(this.sheet, a.row, a.col);
  }

  /** Text as shown (merged areas read as their top-left cell), trimmed. */
  text(row: number, col: number): string {
    return cellDisplayText(this.raw(row, col)).trim();
  }

  /** Text of the cell itself, ignoring merges (empty for a merge continuation). */
  ownText(row: number, col: number): string {
    return this.isContinuation(row, col) ? "" : this.text(row, col);
  }

  source(row: number, col: number): SourceCell {
    const a = this.anchor(row, col);
    return { sheet: this.name, row: a.row, col: a.col, address: cellAddress(a.row, a.col), text: this.text(row, col) };
  }

  number(row: number, col: number): NumberCell {
    const source = this.source(row, col);
    const parsed = parseCellNumber(this.raw(row, col));
    if (parsed.kind !== "number") return source;
    return { ...source, value: parsed.value, unit: parsed.unit };
  }

  /** Texts of a row from `from` to the last column, merged areas counted once. */
  rowTexts(row: number, from = 0): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (let c = from; c < this.columnCount; c++) {
      if (this.isContinuation(row, c) && this.anchor(row, c).col !== c) continue;
      const t = this.text(row, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }
}

/** Display text of a cell: strings as typed, numbers with their format's decimals and percent sign. */
export function cellDisplayText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined) return cell.text;
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v !== "number") return String(v);
  const parsed = parseCellNumber(cell);
  if (parsed.kind !== "number") return String(v);
  if (!parsed.percent) return parsed.value.toFixed(Math.max(0, parsed.fromText ? 0 : shownPlaces(cell, parsed.unit)));
  const places = Math.max(0, parsed.unit.decimalPlaces() - 2);
  return `${parsed.value.times(100).toFixed(places)}%`;
}

function shownPlaces(cell: CellSnapshot, unit: Decimal): number {
  if (!cell.numberFormat || /^general$/i.test(cell.numberFormat)) return new Decimal(String(cell.value)).decimalPlaces();
  return unit.decimalPlaces();
}
