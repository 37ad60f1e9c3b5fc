import { TABLE_KINDS, type TableKindSpec } from "../recognition/table-kinds";
import { ECONOMIC_CLASSES, FUNCTION_CLASSES } from "../recognition/classification-names";
import { CARRY_LINES_BY_FUND } from "../recognition/funds";
import { compact } from "../text/normalize";
import { kindIdFor } from "./table-set";

/**
 * The names a rule may use, from the table kinds (table-kinds.ts) and the rows the engine derives — what a rule's
 * table, row and column names are checked against when it is parsed, so a misspelling is refused instead of
 * silently checking nothing.
 *
 * Tables: a title, alias or id that names a kind (as TableSet resolves it: 支出决算表, 财政拨款“三公”经费支出决算表, J03).
 * Rows (compacted, as TableSet looks them up): a subject code (2080505, 301), 合计, @ (the current row), a 类 name,
 * the kind's row meanings and their aliases, its 总表 lines, its column totals (人员经费合计) and the lines split
 * by fund (年末财政拨款结转和结余/一般公共预算财政拨款). Columns (exact, as row cells are keyed): @, a column meaning of
 * the kind, or a header path whose every part is a word of the kind's columns (本年收入/基本支出).
 * A kind that defines no rows (an items table without lines) or no columns keeps that side open: any name passes.
 */
export interface KindNames {
  kind: TableKindSpec;
  /** Known row names, compacted; undefined = open. */
  rows?: ReadonlySet<string>;
  /** Known column meanings; undefined = open. */
  columns?: ReadonlySet<string>;
  /** Words a header path may be made of ("本年收入", "基本支出", "小计"). */
  columnWords: ReadonlySet<string>;
}

const CODE = /^\d{3}(\d{2}){0,2}$/;
const CLASS_NAMES = [...Object.keys(FUNCTION_CLASSES), ...Object.keys(ECONOMIC_CLASSES)];

function namesOf(kind: TableKindSpec): KindNames {
  const columns = kind.columns ? new Set(Object.keys(kind.columns)) : undefined;
  const patterns = Object.values(kind.columns ?? {}).flat();
  const columnWords = new Set([...(columns ?? []), ...patterns.flatMap((p) => compact(p).split("/"))]);
  return { kind, rows: rowNames(kind), columns, columnWords };
}

function rowNames(kind: TableKindSpec): ReadonlySet<string> | undefined {
  const named = [...Object.entries(kind.rows ?? {}).flat(2), ...(kind.lines ?? []), ...Object.keys(kind.columnTotals ?? {})];
  if (kind.rowScheme === "items" && named.length === 0) return undefined;
  const derived = kind.carryOverByFund ? CARRY_LINES_BY_FUND : [];
  return new Set(["合计", ...CLASS_NAMES, ...named, ...derived].map(compact));
}

const NAMES_BY_KIND = new Map(TABLE_KINDS.map((kind) => [kind.id, namesOf(kind)]));

/** The names of the kind a table name stands for; undefined when no kind has that name. */
export function kindNames(table: string): KindNames | undefined {
  const id = kindIdFor(table);
  return id ? NAMES_BY_KIND.get(id) : undefined;
}

/** Every table name a rule may use (standard titles and aliases), for suggestions. */
export const TABLE_NAMES: readonly string[] = TABLE_KINDS.flatMap((kind) => kind.titles);

export function isKnownRow(names: KindNames, row: string): boolean {
  const name = compact(row);
  return !names.rows || name === "@" || CODE.test(name) || names.rows.has(name);
}

export function isKnownColumn(names: KindNames, column: string): boolean {
  if (!names.columns || column === "@" || names.columns.has(column)) return true;
  return column.split("/").every((word) => names.columnWords.has(word));
}

/** The names to suggest from for a misspelled row or column of the kind. */
export function rowCandidates(names: KindNames): string[] {
  return names.rows ? [...names.rows] : [];
}

export function columnCandidates(names: KindNames): string[] {
  return names.columns ? [...names.columns] : [];
}
