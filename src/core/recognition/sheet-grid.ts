import type { CellSnapshot, SheetSnapshot } from "../snapshot/types";
import { getCell } from "../snapshot/types";
import { cellText, compact } from "./text";

/**
 * Read-only view of a sheet for recognition: the text of every cell, with merged areas filled in for
 * header reading (a merged header spans all its columns) but not for data.
 */
export class SheetGrid {
  private readonly mergeOwner = new Map<number, { row: number; col: number }>();

  constructor(readonly sheet: SheetSnapshot) {
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.mergeOwner.set(this.index(r, c), { row: m.top, col: m.left });
        }
      }
    }
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
    const owner = this.mergeOwner.get(this.index(row, col));
    return owner ? this.text(owner.row, owner.col) : this.text(row, col);
  }

  /** True when the cell is covered by a merged area it does not own. */
  isMergedSlave(row: number, col: number): boolean {
    return this.mergeOwner.has(this.index(row, col));
  }

  /** Distinct compacted non-empty texts of a row (merge-filled). */
  rowTexts(row: number): string[] {
    const seen: string[] = [];
    for (let c = 0; c < this.columnCount; c++) {
      const t = compact(this.filledText(row, c));
      if (t && !seen.includes(t)) seen.push(t);
    }
    return seen;
  }

  /** First non-empty cell text of a row, compacted. */
  firstText(row: number): string {
    for (let c = 0; c < this.columnCount; c++) {
      const t = compact(this.text(row, c));
      if (t) return t;
    }
    return "";
  }

  private index(row: number, col: number): number {
    return row * 16384 + col;
  }
}
