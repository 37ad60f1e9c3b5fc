import type { SheetGrid } from "./sheet-grid";
import { TABLE_KINDS, THREE_PUBLIC_BY_HEADER, type TableKindSpec } from "./table-kinds";
import { compact, stripNumbering } from "../text/normalize";
import { isMetaLine } from "./header";

export interface UntitledTable {
  titleRow: number;
  /** The heading above the header when there is one, else empty. */
  title: string;
  kind: TableKindSpec;
}

/** Rows looked at for what a sheet without a title lists: a 三公 table is short. */
const ROWS_LOOKED_AT = 40;

/** The items that make a list the 三公: each group must be named at least once. */
const THREE_PUBLIC_ITEMS = [["因公出国费"], ["公务接待费"], ["公务用车费", "公务用车购置费", "公务用车运行维护费"]];

const UNTITLED = "";

/**
 * A sheet with numbers but no title line can still hold a 三公 table, told by the lines it lists (湛江's 三公 预算表
 * prints its header right under “单位：万元”): lines naming 因公出国, 公务用车 and 公务接待 down its first column; a 决算
 * in its heading or header makes it the 决算 table. It is read as a table told from its header: its findings are
 * warnings. Items printed across (years as lines) are not read this way.
 */
export function untitledThreePublic(grid: SheetGrid): UntitledTable | undefined {
  const rows = grid.rowsBetween(0, Math.min(grid.rowCount, ROWS_LOOKED_AT) - 1).filter((r) => grid.rowTexts(r).length > 0);
  if (rows.length === 0) return undefined;
  if (!namesEveryItem(rows.map((r) => grid.firstText(r)))) return undefined;
  const final = rows.some((r) => grid.rowTexts(r).some((t) => t.includes("决算")));
  const kind = TABLE_KINDS.find((k) => k.id === (final ? THREE_PUBLIC_BY_HEADER.final : THREE_PUBLIC_BY_HEADER.budget));
  const first = rows[0];
  const heading = grid.rowTexts(first);
  if (!kind) return undefined;
  if (isMetaLine(heading)) return { titleRow: first, title: UNTITLED, kind };
  if (heading.length === 1) return { titleRow: first, title: heading[0], kind };
  return first > 0 ? { titleRow: first - 1, title: UNTITLED, kind } : undefined;
}

/** Whether the labels name each 三公 item (因公出国, 公务接待, 公务用车) at least once. */
export function namesEveryItem(labels: readonly string[]): boolean {
  const names = itemNames();
  const items = labels.map((label) => names.get(itemName(label)));
  return THREE_PUBLIC_ITEMS.every((group) => group.some((item) => items.includes(item)));
}

/** “其中:(一)因公出国(境)支出” → “因公出国(境)支出”. */
function itemName(label: string): string {
  return stripNumbering(stripNumbering(label).replace(/^其中[:]?/, ""));
}

/** The 三公 line names, compacted, to their meaning (the same for every 三公 kind). */
function itemNames(): Map<string, string> {
  const budget = TABLE_KINDS.find((k) => k.id === THREE_PUBLIC_BY_HEADER.budget);
  const names = new Map<string, string>();
  for (const [meaning, printed] of Object.entries(budget?.rows ?? {})) for (const n of printed) names.set(compact(n), meaning);
  return names;
}
