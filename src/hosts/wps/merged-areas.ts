import { cellAddress, rangeAddress } from "../../core/snapshot/address";
import type { CellRange } from "../../core/snapshot/types";
import { halves, subtract } from "./uniform-reads";
import { rangeBox } from "./range-box";
import type { WpsWorksheet } from "./wps-api";

/**
 * The merged areas inside `block`. WPS has no call listing them, so this asks MergeCells of the whole block (false:
 * none, the usual answer for a data body), splits a block that is partly merged, and reads MergeArea of the first
 * cell of a block that is wholly merged. Reads grow with the number of merged areas (a title, a few header rows),
 * not with the number of cells. Example: 公开03表 with its title merged over A1:H1 → [{ top: 0, left: 0, bottom: 0, right: 7 }].
 */
export function readMergedAreas(sheet: WpsWorksheet, block: CellRange): CellRange[] {
  const areas = new Map<string, CellRange>();
  const pending = [block];
  while (pending.length > 0) {
    const next = pending.pop()!;
    const merged = sheet.Range(rangeAddress(next)).MergeCells;
    if (merged === false) continue;
    if (merged !== true) {
      pending.push(...rowsFirst(next));
      continue;
    }
    const found = rangeBox(sheet.Range(cellAddress(next.top, next.left)).MergeArea);
    // An answer that does not hold the cell asked about is taken as that cell alone, so the search always ends.
    const area = holds(found, next.top, next.left) ? found : { top: next.top, left: next.left, bottom: next.top, right: next.left };
    if (area.bottom > area.top || area.right > area.left) areas.set(rangeAddress(area), area);
    pending.push(...subtract(next, area));
  }
  return [...areas.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

function holds(area: CellRange, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Merged cells sit in title and header rows: split a mixed block by rows until it is one row, then by columns. */
function rowsFirst(block: CellRange): CellRange[] {
  if (block.bottom === block.top) return halves(block);
  const mid = Math.floor((block.top + block.bottom) / 2);
  return [
    { ...block, bottom: mid },
    { ...block, top: mid + 1 },
  ];
}
