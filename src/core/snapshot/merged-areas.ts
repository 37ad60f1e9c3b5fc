import type { SheetSnapshot } from "./types";

export interface CellPosition {
  row: number;
  col: number;
}

/** Excel's column limit: row * COLUMNS + col is a unique number for a cell, cheaper than a string key. */
const COLUMNS = 16384;

/** The merged areas of a sheet, indexed: for any cell covered by a merge but not its top-left, that top-left. */
export class MergedAreas {
  private static readonly bySheet = new WeakMap<SheetSnapshot, MergedAreas>();
  private readonly owners = new Map<number, CellPosition>();
  /** 1 for rows that any merge covers: most rows have none and need no lookup. */
  private readonly mergedRows: Uint8Array;

  /** The index of a sheet's merges, built once however many readers look at the sheet. */
  static of(sheet: SheetSnapshot): MergedAreas {
    let areas = MergedAreas.bySheet.get(sheet);
    if (!areas) {
      areas = new MergedAreas(sheet);
      MergedAreas.bySheet.set(sheet, areas);
    }
    return areas;
  }

  private constructor(sheet: SheetSnapshot) {
    this.mergedRows = new Uint8Array(sheet.merges.reduce((max, m) => Math.max(max, m.bottom + 1), 0));
    for (const m of sheet.merges) {
      this.mergedRows.fill(1, m.top, m.bottom + 1);
      const owner = { row: m.top, col: m.left };
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.owners.set(r * COLUMNS + c, owner);
      }
    }
  }

  /** Top-left cell of the merge covering (row, col) when (row, col) is not that cell itself. */
  ownerOf(row: number, col: number): CellPosition | undefined {
    return this.mergedRows[row] === 1 ? this.owners.get(row * COLUMNS + col) : undefined;
  }
}
