import type { TableModel } from "./table-model";

export type DisclosureFamily = "决算" | "预算";

/**
 * Whether a workbook is a 决算 or a 预算 disclosure: the family of most recognised tables; on a tie,
 * `tieBreak` (决算 by default).
 */
export function dominantFamily(tables: readonly TableModel[], tieBreak: DisclosureFamily = "决算"): DisclosureFamily {
  let budget = 0;
  let final = 0;
  for (const t of tables) {
    if (t.kind.family === "预算") budget++;
    else if (t.kind.family === "决算") final++;
  }
  if (budget === final) return tieBreak;
  return budget > final ? "预算" : "决算";
}
