import { Block } from "./block";

/**
 * A table whose every amount column is printed two sheet columns wide (some export tools): each header cell over an
 * amount column is merged with the column to its right, the amount sits in the left cell, and the body cells are
 * merged across the pair too when `mergeBody` is set. The truth (amount slots) moves with the columns.
 */
export function widenAmountColumns(block: Block, mergeBody: boolean): Block {
  if (block.amounts.length === 0) return block;
  const amountCols = new Set(block.amounts.map((a) => a.c));
  const firstBody = Math.min(...block.amounts.map((a) => a.r));
  const at: number[] = [];
  let shift = 0;
  for (let c = 0; c < block.width; c++) {
    at[c] = c + shift;
    if (amountCols.has(c)) shift++;
  }
  const wide = new Block(block.table, block.unit, block.width + shift, block.style);
  block.rows.forEach((line, r) => line.forEach((cell, c) => cell && wide.put(r, at[c], cell.value, cell.numberFormat)));
  while (wide.rows.length < block.rows.length) wide.rows.push([]);
  const rightOf = (c: number) => at[c] + (amountCols.has(c) ? 1 : 0);
  for (const m of block.merges) wide.merge(m.top, at[m.left], m.bottom, rightOf(m.right));
  const covered = (r: number, c: number) => block.merges.some((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
  for (let r = 0; r < firstBody; r++) {
    for (const c of amountCols) if (block.rows[r]?.[c] && !covered(r, c)) wide.merge(r, at[c], r, at[c] + 1);
  }
  for (const a of block.amounts) {
    wide.amounts.push({ ...a, c: at[a.c] });
    if (mergeBody) wide.merge(a.r, at[a.c], a.r, at[a.c] + 1);
  }
  return wide;
}
