import type { CellRange } from "../../core/snapshot/types";

/**
 * Reads a property that WPS reports for a whole range only when every cell agrees (NumberFormat, EntireRow.Hidden …;
 * null otherwise): one read for the block, and only a block that disagrees is split in two and read again. A data body
 * of 3 000 amounts formatted "0.00" costs one read, whatever its size; the number of reads follows the number of
 * places where the property changes, never the number of cells.
 * Splits columns first (formats change from column to column), then rows.
 */
export function readUniform<T>(block: CellRange, read: (block: CellRange) => T | null | undefined, found: (block: CellRange, value: T) => void): void {
  const pending = [block];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const value = read(next);
    if (value !== null && value !== undefined) found(next, value);
    else pending.push(...halves(next));
  }
}

/** Two halves of a block (columns first); none for a single cell, which WPS always answers. */
export function halves(block: CellRange): CellRange[] {
  const { top, left, bottom, right } = block;
  if (right > left) {
    const mid = Math.floor((left + right) / 2);
    return [
      { top, left, bottom, right: mid },
      { top, left: mid + 1, bottom, right },
    ];
  }
  if (bottom > top) {
    const mid = Math.floor((top + bottom) / 2);
    return [
      { top, left, bottom: mid, right },
      { top: mid + 1, left, bottom, right },
    ];
  }
  return [];
}

/** The parts of `block` outside `area` (at most four: above, below, left, right). */
export function subtract(block: CellRange, area: CellRange): CellRange[] {
  const top = Math.max(block.top, area.top);
  const bottom = Math.min(block.bottom, area.bottom);
  const left = Math.max(block.left, area.left);
  const right = Math.min(block.right, area.right);
  if (top > bottom || left > right) return [block];
  const parts: CellRange[] = [];
  if (block.top < top) parts.push({ ...block, bottom: top - 1 });
  if (bottom < block.bottom) parts.push({ ...block, top: bottom + 1 });
  if (block.left < left) parts.push({ top, bottom, left: block.left, right: left - 1 });
  if (right < block.right) parts.push({ top, bottom, left: right + 1, right: block.right });
  return parts;
}
