import type { SheetGrid } from "./sheet-grid";
import { TABLE_KINDS, type TableKindSpec } from "./table-kinds";
import { headerMeanings, type TableSpan } from "./build-table";
import { compact } from "../text/normalize";

/** Fewest column meanings a header must carry for its table to be told from the header alone. */
const MIN_MEANINGS = 3;

/**
 * The kind of a table whose title is not a standard one (“部门支出预算明细表（按单位）”, “表3”), told from its header:
 * the kind of the title's family (预算 / 决算, when the title says) whose column meanings the header carries most,
 * at least MIN_MEANINGS of them, and more than any other kind. Undefined when the header does not say clearly.
 */
export function identifyByHeader(grid: SheetGrid, span: Omit<TableSpan, "kind">): TableKindSpec | undefined {
  const title = compact(span.title);
  const family = /决算/.test(title) ? "决算" : /预算/.test(title) ? "预算" : undefined;
  const scored = TABLE_KINDS.filter((k) => k.family !== "绩效" && k.columns && (!family || k.family === family))
    .map((kind) => ({ kind, meanings: headerMeanings(grid, { ...span, kind }) }))
    .sort((a, b) => b.meanings - a.meanings);
  const [best, second] = scored;
  if (!best || best.meanings < MIN_MEANINGS || (second && second.meanings === best.meanings)) return undefined;
  return best.kind;
}
