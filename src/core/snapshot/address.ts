import type { CellRange } from "./types";

/** 0-based column index → letters ("A", "Z", "AA"). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based (row, col) → "B7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "Sheet!B7", quoting sheet names that need it the way Excel does. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function rangeAddress(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** "B7" → { row: 6, col: 1 }. Throws on malformed input. */
export function parseCellAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * The 0-based row of a plain cell address (“D11” → 10: one to three capital letters, then digits); undefined for
 * anything else (“$D$11”, a range, text). One pass over the characters and no object: the grid asks it for the cells
 * of a check's 60,000 findings to pick the marks on its rows.
 */
export function cellRow(address: string): number | undefined {
  let i = 0;
  while (i < address.length && address.charCodeAt(i) >= 65 && address.charCodeAt(i) <= 90) i++;
  if (i === 0 || i > 3 || i === address.length) return undefined;
  let row = 0;
  for (; i < address.length; i++) {
    const digit = address.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  return row - 1;
}

/** "A1:H22" → CellRange. A single cell gives a 1×1 range. */
export function parseRangeAddress(address: string): CellRange {
  const [a, b] = address.split(":");
  const start = parseCellAddress(a);
  const end = b ? parseCellAddress(b) : start;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** "Sheet!B7" or "'My sheet'!B7" → parts. */
export function splitQualifiedAddress(qualified: string): { sheet: string; address: string } {
  const bang = qualified.lastIndexOf("!");
  if (bang < 0) throw new Error(`Not a qualified address: ${qualified}`);
  let sheet = qualified.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: qualified.slice(bang + 1) };
}
