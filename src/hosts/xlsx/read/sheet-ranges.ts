import type { CellRange, CellSnapshot } from "../../../core/snapshot/types";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A merged area's reference ("A1:C3", "B2") → CellRange; undefined when malformed or beyond the grid. */
export function parseRange(ref: string): CellRange | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return undefined;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? columnIndex(m[3]) : left;
  if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS || bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
}

/** "A" → 0, "XFD" → 16383 (either case). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Columns inside any hidden `<col min max>` range, within the used columns (cost: ranges + columns). */
export function hiddenColumns(ranges: [number, number][], columnCount: number): number[] {
  const depth = new Int32Array(columnCount + 1);
  for (const [min, max] of ranges) {
    if (min >= columnCount) continue;
    depth[min]++;
    depth[Math.min(max, columnCount - 1) + 1]--;
  }
  const hidden: number[] = [];
  for (let c = 0, open = 0; c < columnCount; c++) if ((open += depth[c]) > 0) hidden.push(c);
  return hidden;
}

/** Empties row r's cells inside the merged area m, except its top-left cell; returns how many held something. */
export function clearWithin(line: (CellSnapshot | undefined)[] | undefined, m: CellRange, r: number): number {
  if (!line) return 0;
  let cleared = 0;
  const last = Math.min(m.right, line.length - 1);
  for (let c = m.left; c <= last; c++) {
    if ((r !== m.top || c !== m.left) && line[c] !== undefined) {
      line[c] = undefined;
      cleared++;
    }
  }
  return cleared;
}
