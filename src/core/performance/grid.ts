import type { CellSnapshot, SheetSnapshot } from "../snapshot/types";
import { getCell } from "../snapshot/types";
import { MergedAreas } from "../snapshot/merged-areas";
import { cellAddress } from "../snapshot/address";
import { displayText } from "../snapshot/display-text";
import { parseCellNumber } from "../snapshot/cell-number";
import type { NumberCell, SourceCell } from "./model";

/**
 * A sheet seen through its merged areas: every cell of a merged area reads as its top-left cell,
 * which is how an accountant reads a merged 一级指标 or 项目名称 cell.
 */
export class SheetGrid {
  private readonly merges: MergedAreas;
  private readonly rowTextCache: { col: number; text: string }[][] = [];

  constructor(readonly sheet: SheetSnapshot) {
    this.merges = MergedAreas.of(sheet);
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

  /** Rows between `from` and `to` (inclusive) that hold something, in order. */
  rowsBetween(from: number, to: number): number[] {
    return this.merges.rowsBetween(from, to);
  }

  /** Columns of a row that hold a cell or where a merge crossing it starts (the rest of the row is empty). */
  columns(row: number): readonly number[] {
    return this.merges.columns(row);
  }

  /** Top-left cell of the merged area holding (row, col), or (row, col) itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    return this.merges.ownerOf(row, col) ?? { row, col };
  }

  /** True when (row, col) is inside a merged area but not its top-left cell. */
  isContinuation(row: number, col: number): boolean {
    return this.merges.ownerOf(row, col) !== undefined;
  }

  raw(row: number, col: number): CellSnapshot | undefined {
    const a = this.anchor(row, col);
    return getCell(this.sheet, a.row, a.col);
  }

  /** Text as shown (merged areas read as their top-left cell), trimmed. */
  text(row: number, col: number): string {
    return displayText(this.raw(row, col)).trim();
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

  /** Texts of a row from `from` to the last column, merged areas counted once (read once per row). */
  rowTexts(row: number, from = 0): { col: number; text: string }[] {
    let all = this.rowTextCache[row];
    if (!all) {
      all = this.readRowTexts(row);
      this.rowTextCache[row] = all;
    }
    return from === 0 ? all : all.filter((t) => t.col >= from);
  }

  /** The texts typed in a row (string cells, trimmed, merged areas once): no number is formatted. */
  rowStrings(row: number): string[] {
    const out: string[] = [];
    for (const c of this.columns(row)) {
      if (this.isContinuation(row, c) && this.anchor(row, c).col !== c) continue;
      const v = this.raw(row, c)?.value;
      const t = typeof v === "string" ? v.trim() : "";
      if (t) out.push(t);
    }
    return out;
  }

  /** How many cells of the row show something (merged areas once), counting no further than `limit`. */
  filledCount(row: number, limit: number): number {
    let count = 0;
    for (const c of this.columns(row)) {
      if (count >= limit) break;
      if (this.isContinuation(row, c) && this.anchor(row, c).col !== c) continue;
      if (this.text(row, c)) count++;
    }
    return count;
  }

  private readRowTexts(row: number): { col: number; text: string }[] {
    const out: { col: number; text: string }[] = [];
    for (const c of this.columns(row)) {
      if (this.isContinuation(row, c) && this.anchor(row, c).col !== c) continue;
      const t = this.text(row, c);
      if (t) out.push({ col: c, text: t });
    }
    return out;
  }
}
