import type { CellSnapshot, SheetSnapshot } from "../snapshot/types";
import { getCell } from "../snapshot/types";
import { MergedAreas } from "../snapshot/merged-areas";
import { cellText, compact } from "../text/normalize";

/**
 * Read-only view of a sheet for recognition: the text of every cell, with merged areas filled in for
 * header reading (a merged header spans all its columns) but not for data.
 */
export class SheetGrid {
  private readonly merges: MergedAreas;
  private readonly rowTextCache: (readonly string[])[] = [];

  constructor(readonly sheet: SheetSnapshot) {
    this.merges = MergedAreas.of(sheet);
  }

  get rowCount(): number {
    return this.sheet.rowCount;
  }

  get columnCount(): number {
    return this.sheet.columnCount;
  }

  cell(row: number, col: number): CellSnapshot | undefined {
    return getCell(this.sheet, row, col);
  }

  /** Raw text of the cell itself (no merge fill). */
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    return cell ? cellText(cell.value) : "";
  }

  /** Text of the cell or of the merged area covering it. */
  filledText(row: number, col: number): string {
    const owner = this.merges.coveringMerge(row, col);
    return owner ? this.text(owner.top, owner.left) : this.text(row, col);
  }

  /** True when the cell is covered by a merged area it does not own. */
  isMergedSlave(row: number, col: number): boolean {
    return this.merges.coveringMerge(row, col) !== undefined;
  }

  /** Covered by a merge whose top-left cell is earlier in the same row (its text was already met). */
  continuesLeft(row: number, col: number): boolean {
    return this.merges.coveringMerge(row, col)?.top === row;
  }

  /** Covered by a merge whose top-left cell is in an earlier column (a header spanning this column and its left). */
  mergedFromLeft(row: number, col: number): boolean {
    const owner = this.merges.coveringMerge(row, col);
    return owner !== undefined && owner.left < col;
  }

  /** Columns of a row that hold a cell or where a merge crossing the row starts, in order (the rest is empty). */
  columns(row: number): readonly number[] {
    return this.merges.columns(row);
  }

  /** Rows between `from` and `to` (inclusive) that hold something, in order: empty rows are never visited. */
  rowsBetween(from: number, to: number): number[] {
    return this.merges.rowsBetween(from, to);
  }

  /** Last column a row's cells or merges reach; −1 for an empty row. */
  rightEdge(row: number): number {
    return this.merges.rightEdge(row);
  }

  /** Distinct compacted non-empty texts of a row (merge-filled), read once per row. */
  rowTexts(row: number): readonly string[] {
    let texts = this.rowTextCache[row];
    if (texts) return texts;
    const seen: string[] = [];
    for (const c of this.columns(row)) {
      if (this.continuesLeft(row, c)) continue;
      const t = compact(this.filledText(row, c));
      if (t && !seen.includes(t)) seen.push(t);
    }
    texts = seen;
    this.rowTextCache[row] = texts;
    return texts;
  }

  /** First non-empty cell text of a row, compacted. */
  firstText(row: number): string {
    for (const c of this.columns(row)) {
      const t = compact(this.text(row, c));
      if (t) return t;
    }
    return "";
  }
}
