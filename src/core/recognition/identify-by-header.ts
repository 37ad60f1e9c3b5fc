import type { SheetGrid } from "./sheet-grid";
import { TABLE_KINDS, THREE_PUBLIC_BY_HEADER, THREE_PUBLIC_TITLE, type TableKindSpec } from "./table-kinds";
import { headerMeanings, type TableSpan } from "./build-table";
import { columnPath } from "./header";
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
  if (THREE_PUBLIC_TITLE.test(title)) return undefined;
  const family = /决算/.test(title) ? "决算" : /预算/.test(title) ? "预算" : undefined;
  const scored = TABLE_KINDS.filter((k) => k.family !== "绩效" && k.columns && (!family || k.family === family))
    .map((kind) => ({ kind, meanings: headerMeanings(grid, { ...span, kind }) }))
    .sort((a, b) => b.meanings - a.meanings);
  const [best, second] = scored;
  if (!best || best.meanings < MIN_MEANINGS || (second && second.meanings === best.meanings)) return undefined;
  return best.kind;
}

/**
 * A 三公 title without 预算 or 决算 (“…部门“三公”经费情况统计表”): the 决算 table when a column header says 决算, else
 * the 预算 table — provided the header carries at least one of that table's column meanings. The title names the
 * table, the header only its scope: the table is read as surely as one with a standard title (its lines, the 三公
 * sums, are the same in both). A 三公 title whose header says neither is not identified by other kinds' headers.
 */
export function threePublicByHeader(grid: SheetGrid, span: Omit<TableSpan, "kind">): TableKindSpec | undefined {
  if (!THREE_PUBLIC_TITLE.test(compact(span.title))) return undefined;
  let final = false;
  for (let c = span.left; c <= span.right && !final; c++) final = columnPath(grid, span.block, c).some((t) => t.includes("决算"));
  const id = final ? THREE_PUBLIC_BY_HEADER.final : THREE_PUBLIC_BY_HEADER.budget;
  const kind = TABLE_KINDS.find((k) => k.id === id);
  return kind && headerMeanings(grid, { ...span, kind }) > 0 ? kind : undefined;
}
