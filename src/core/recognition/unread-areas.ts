import type { Finding } from "../findings/finding";
import { parseCellAddress, parseRangeAddress } from "../snapshot/address";
import type { UnrecognizedTable } from "./recognize";

/**
 * The areas to report as not read: never one that was read after all — a sheet read by the 绩效 reader or as
 * 情况说明 text, or an area holding a finding (a place cannot be both “未作检查” and checked).
 */
export function unreadAreas(unrecognized: readonly UnrecognizedTable[], readSheets: Iterable<string>, findings: readonly Finding[]): UnrecognizedTable[] {
  const read = new Set(readSheets);
  return unrecognized.filter((u) => !read.has(u.sheet) && !findings.some((f) => f.sheet === u.sheet && holds(u.range, f.cell)));
}

const CELL = /^[A-Z]{1,3}\d+$/;

/** The area holds the cell; a finding about the sheet as a whole (no cell address) is on every area of it. */
function holds(range: string, cell: string): boolean {
  if (!CELL.test(cell)) return true;
  const area = parseRangeAddress(range);
  const { row, col } = parseCellAddress(cell);
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}
