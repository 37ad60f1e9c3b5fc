import type { SheetGrid } from "./sheet-grid";
import { type HeaderBlock, columnPath } from "./header";
import { type ColumnInfo, columnRole } from "./columns";
import { compact } from "../text/normalize";
import { HeldCache } from "../cache/held-cache";

/** A column with its header path (top to bottom). */
export type ColumnHeader = Pick<ColumnInfo, "col" | "path">;

/** The span of a table whose header is read: its header rows and its columns. */
export interface HeaderSpan {
  left: number;
  right: number;
  block: HeaderBlock;
}

interface ReadHeader extends HeaderSpan {
  headers: readonly ColumnHeader[];
}

/** Headers read in each sheet, the latest first; a sheet rarely prints more distinct headers than this. */
const READ = new HeldCache<SheetGrid, ReadHeader[]>("read headers");
const REMEMBERED = 16;

/**
 * The columns named by the span's header, read once per distinct header of a sheet: a county workbook prints the
 * same header over each of its hundreds of units' tables, and a header whose rows read alike (same texts, same
 * merges, same columns) as one already read takes its columns, the same array (so what is worked out from it can
 * be kept by it).
 */
export function readColumns(grid: SheetGrid, span: HeaderSpan): readonly ColumnHeader[] {
  const read = READ.of(grid, () => []);
  const known = read.find((h) => readsAlike(grid, h, span));
  if (known) return known.headers;
  const headers = readHeader(grid, span);
  read.unshift({ left: span.left, right: span.right, block: span.block, headers });
  if (read.length > REMEMBERED) read.pop();
  return headers;
}

function readsAlike(grid: SheetGrid, a: HeaderSpan, b: HeaderSpan): boolean {
  const rows = a.block.headerEnd - a.block.headerStart;
  if (a.left !== b.left || a.right !== b.right || rows !== b.block.headerEnd - b.block.headerStart) return false;
  for (let i = 0; i <= rows; i++) if (!grid.readsAlike(a.block.headerStart + i, b.block.headerStart + i)) return false;
  return true;
}

function readHeader(grid: SheetGrid, span: HeaderSpan): ColumnHeader[] {
  const headers: ColumnHeader[] = [];
  for (let c = span.left; c <= span.right; c++) {
    const path = columnPath(grid, span.block, c);
    if (path.length === 0) continue;
    if (columnRole(path) === "amount" && continuesLeftColumn(grid, span.block, c)) continue;
    headers.push({ col: c, path });
  }
  return headers;
}

/**
 * An amount header merged over two (or more) sheet columns is one column, its amount in the left cell: a column
 * whose every header cell continues a merge begun to its left has no header of its own.
 */
function continuesLeftColumn(grid: SheetGrid, block: HeaderBlock, col: number): boolean {
  if (block.headerEnd < block.headerStart) return false;
  for (let r = block.headerStart; r <= block.headerEnd; r++) {
    if (!grid.mergedFromLeft(r, col) && compact(grid.filledText(r, col)) !== "") return false;
  }
  return true;
}
