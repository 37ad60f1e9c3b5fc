import { rangeAddress } from "../../core/snapshot/address";
import type { CellRange } from "../../core/snapshot/types";
import type { CellKind } from "./cell-values";
import { readUniform } from "./uniform-reads";
import type { WpsWorksheet } from "./wps-api";

/**
 * Number formats of the cells that hold numbers (the only cells whose format the engine reads: decimals shown,
 * percent, dates). Numbers are grouped into blocks — a column's run of numbers (blank cells inside it included,
 * stopped by text), runs side by side with the same rows joined — and each block's NumberFormat is read once,
 * a block whose cells differ split until they agree (see readUniform).
 * Example: 公开03表's body D8:H40, all "#,##0.00" → one read, formats[7][3] = "#,##0.00".
 */
export function readNumberFormats(sheet: WpsWorksheet, origin: { top: number; left: number }, kinds: CellKind[][]): Map<number, string> {
  const formats = new Map<number, string>();
  const width = kinds[0]?.length ?? 0;
  for (const block of numberBlocks(kinds)) {
    const absolute = shift(block, origin);
    readUniform(
      absolute,
      (b) => sheet.Range(rangeAddress(b)).NumberFormat,
      (b, format) => {
        for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) formats.set(formatKey(r - origin.top, c - origin.left, width), format);
      },
    );
  }
  return formats;
}

/** Key of a cell in the map readNumberFormats returns (row and column relative to the used range). */
export function formatKey(row: number, col: number, width: number): number {
  return row * width + col;
}

/** Blocks of numbers, relative to the grid: column runs, then runs with the same rows in adjacent columns joined. */
export function numberBlocks(kinds: CellKind[][]): CellRange[] {
  const runs = kinds[0] ? kinds[0].flatMap((_, col) => columnRuns(kinds, col)) : [];
  const blocks: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const block = open.get(key);
    if (block && block.right === run.left - 1) {
      block.right = run.left;
      continue;
    }
    const fresh = { ...run };
    open.set(key, fresh);
    blocks.push(fresh);
  }
  return blocks;
}

function columnRuns(kinds: CellKind[][], col: number): CellRange[] {
  const runs: CellRange[] = [];
  let start = -1;
  let last = -1;
  const close = () => {
    if (start >= 0) runs.push({ top: start, left: col, bottom: last, right: col });
    start = -1;
  };
  kinds.forEach((line, row) => {
    const kind = line[col];
    if (kind === "number") {
      if (start < 0) start = row;
      last = row;
    } else if (kind !== "empty") close();
  });
  close();
  return runs;
}

function shift(block: CellRange, origin: { top: number; left: number }): CellRange {
  return { top: block.top + origin.top, left: block.left + origin.left, bottom: block.bottom + origin.top, right: block.right + origin.left };
}
