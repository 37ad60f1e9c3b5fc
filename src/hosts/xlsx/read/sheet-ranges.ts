import type { CellRange, CellSnapshot } from "../../../core/snapshot/types";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * A merged area's reference ("A1:C3", "B2", "$A$1:$C$3", spaces around it allowed) written in text[start, end) →
 * CellRange; undefined when malformed or beyond the grid. Read by char codes in place: a sheet of a county's tables
 * has thousands of merged areas, and none of them makes a string.
 */
export function parseRange(text: string, start = 0, end = text.length): CellRange | undefined {
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  const firstEnd = readCell(text, start, end);
  if (firstEnd < 0) return undefined;
  const top = scanned.row - 1;
  const left = scanned.col;
  if (firstEnd < end && (text.charCodeAt(firstEnd) !== 0x3a || readCell(text, firstEnd + 1, end) !== end)) return undefined; // ":"
  const bottom = scanned.row - 1;
  const right = scanned.col;
  if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS || bottom < top || right < left) return undefined;
  return { top, left, bottom, right };
}

/** The last end of a range readCell read: its column (from 0) and its row number as written (from 1). */
const scanned = { col: 0, row: 0 };

/** `$A$1` … `XFD1048576` from `start` (1–3 letters, 1–7 digits, each optionally after a `$`) into `scanned`; where it ends, -1 when malformed. */
function readCell(text: string, start: number, end: number): number {
  let i = start;
  if (i < end && text.charCodeAt(i) === 0x24) i++;
  let col = 0;
  const letters = i;
  for (let c = text.charCodeAt(i) | 0x20; i < end && c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++i) | 0x20) col = col * 26 + c - 0x60;
  if (i === letters || i - letters > 3) return -1;
  if (i < end && text.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const digits = i;
  for (let d = text.charCodeAt(i) - 0x30; i < end && d >= 0 && d <= 9; d = text.charCodeAt(++i) - 0x30) row = row * 10 + d;
  if (i === digits || i - digits > 7) return -1;
  scanned.col = col - 1;
  scanned.row = row;
  return i;
}

/** What String.prototype.trim removes (ASCII spaces and controls; beyond ASCII, whatever trim says is a space). */
function isTrimmed(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return String.fromCharCode(c).trim() === "";
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
