/** A rectangle of one sheet read in one go (0-based, absolute). */
export interface ReadChunk {
  sheetIndex: number;
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

export interface SheetExtent {
  top: number;
  left: number;
  rowCount: number;
  columnCount: number;
}

/**
 * The rows still to read, sheet after sheet. `take` hands out the next batch of whole-row chunks holding at most
 * `cellBudget` cells (several sheets may share a batch; a single row wider than the budget is still taken whole),
 * so the number of batches depends on the amount of data, not on the number of sheets.
 */
export class ReadQueue {
  private readonly pending: ReadChunk[];

  constructor(extents: readonly (SheetExtent | undefined)[]) {
    this.pending = extents.flatMap((e, sheetIndex) => (e ? [{ sheetIndex, ...e }] : []));
  }

  get isEmpty(): boolean {
    return this.pending.length === 0;
  }

  get totalCells(): number {
    return this.pending.reduce((sum, c) => sum + cellCount(c), 0);
  }

  take(cellBudget: number): ReadChunk[] {
    const batch: ReadChunk[] = [];
    let room = cellBudget;
    while (this.pending.length > 0) {
      const next = this.pending[0];
      const rows = Math.min(next.rowCount, Math.floor(room / next.columnCount));
      if (rows === 0 && batch.length > 0) break;
      const rowCount = Math.max(rows, 1);
      batch.push({ ...next, rowCount });
      room -= rowCount * next.columnCount;
      if (rowCount === next.rowCount) this.pending.shift();
      else this.pending[0] = { ...next, top: next.top + rowCount, rowCount: next.rowCount - rowCount };
    }
    return batch;
  }

  /** A batch the host refused (payload too large) goes back to the front, to be taken again in smaller pieces. */
  putBack(batch: readonly ReadChunk[]): void {
    this.pending.unshift(...batch);
  }
}

export function cellCount(chunk: { rowCount: number; columnCount: number }): number {
  return chunk.rowCount * chunk.columnCount;
}
