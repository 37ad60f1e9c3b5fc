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
 * Splits every sheet's used area into row chunks and packs them into batches of at most `cellBudget` cells, so each
 * batch is one request whose response stays under the payload limit. The number of batches depends on the total
 * number of cells divided by the budget, not on the number of sheets.
 */
export function planReadBatches(extents: readonly (SheetExtent | undefined)[], cellBudget: number): ReadChunk[][] {
  const batches: ReadChunk[][] = [];
  let batch: ReadChunk[] = [];
  let room = cellBudget;
  const closeBatch = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    room = cellBudget;
  };
  extents.forEach((extent, sheetIndex) => {
    if (!extent) return;
    let row = extent.top;
    const bottom = extent.top + extent.rowCount;
    while (row < bottom) {
      // A single row wider than the budget is still read whole: rows are never split.
      const fit = Math.max(Math.floor(room / extent.columnCount), batch.length === 0 ? 1 : 0);
      if (fit === 0) {
        closeBatch();
        continue;
      }
      const rowCount = Math.min(fit, bottom - row);
      batch.push({ sheetIndex, top: row, left: extent.left, rowCount, columnCount: extent.columnCount });
      room -= rowCount * extent.columnCount;
      row += rowCount;
    }
  });
  closeBatch();
  return batches;
}
