import type { CellRange } from "../snapshot/types";
import type { ParsedNumber } from "../numbers/parse-number";
import type { Decimal } from "../numbers/decimal";
import type { ScaledAmount } from "../numbers/scaled-amount";

/**
 * The typed model of one recognised disclosure table: rows keyed by code or item name, columns keyed by
 * meaning, every value linked to its cell.
 */

/** 决算 (final accounts) or 预算 (budget) or 绩效 (performance). */
export type TableFamily = "决算" | "预算" | "绩效";

/** How rows are identified. */
export type RowScheme =
  | "function-code" // 功能分类科目编码: 类 3 digits, 款 5, 项 7
  | "economic-code" // 经济分类科目编码: 类 3 digits, 款 5
  | "items"; // named lines (收支总表, 三公, 资产)

export interface TableKind {
  /** Stable id used in rules and reports, e.g. "J03" for 支出决算表. */
  id: string;
  /** Canonical Chinese title, e.g. "支出决算表"; rules refer to tables by this name or by an alias. */
  title: string;
  family: TableFamily;
  rowScheme: RowScheme;
}

/** One amount cell of a table. */
export interface AmountCell {
  sheet: string;
  row: number;
  col: number;
  /** "E9" */
  address: string;
  parsed: ParsedNumber;
  /** Value in the table's own unit; zero for a blank or dash. */
  value: Decimal;
  /** Last printed unit (0.01 for two decimals); zero width for a blank (an empty cell is exactly zero). */
  unit: Decimal;
  blank: boolean;
}

/**
 * A row's amount cells by column key. Besides the map, two questions the rules ask of every cell, answered
 * without making the cell object.
 */
export interface RowAmounts extends ReadonlyMap<string, AmountCell> {
  /** No number in the cell (empty, “—”, words, unreadable). Undefined key: true. */
  isBlank(key: string): boolean;
  /** Any cell of the row's sheet line, by sheet column (a column the model keeps out of its amounts: a rate). */
  cellAt?(col: number): AmountCell;
  /** A formula saved without its result: not blank, not a number (kept out of every check). */
  isPending(key: string): boolean;
  /**
   * The cell read once for the exact check: "exact" with its printed value written into `out` (a number printed as
   * stored), "blank" (what isBlank calls blank), or "other" (a number without exact form: rounded by its format, %).
   */
  readExact(key: string, out: ScaledAmount): ExactRead;
}

/** What readExact found in a cell. */
export type ExactRead = "exact" | "blank" | "other";

export interface TableColumn {
  /** Meaning, e.g. "本年支出合计", "基本支出", "人员经费", "金额". */
  key: string;
  /** Header texts from top to bottom, joined by "/" ("本年支出/基本支出/人员经费"). */
  header: string;
  col: number;
  /** For two-sided tables: which side the column belongs to. */
  side?: "income" | "expense";
}

export interface TableRow {
  /** Code ("2080505") or normalised item name ("本年收入合计", "年末财政拨款结转和结余/一般公共预算财政拨款"). */
  key: string;
  code?: string;
  /** Item name as printed, without list numbering ("卫生健康支出"). */
  name: string;
  /** 1 = 类, 2 = 款, 3 = 项 for code rows; undefined for named lines. */
  level?: number;
  /** Key of the parent row (by code prefix or position), if any. */
  parent?: string;
  /** True for the 合计 / 总计 lines and unit subtotal lines of a code table. */
  total?: boolean;
  /** For two-sided tables. */
  side?: "income" | "expense";
  /** A line of counts (团组数, 人次, 辆): never an amount. */
  count?: boolean;
  /**
   * A view made from part of another line (a fund's 年末结转 printed across the fund columns of the total's line):
   * found by name, never a place of its own for row-by-row rules.
   */
  derived?: boolean;
  row: number;
  /** Column of the cell holding the code (or the label), for findings about the line itself. */
  codeCol?: number;
  /** Cells by column key. */
  cells: RowAmounts;
}

/**
 * Every line is made here from its key, name, sheet row and cells, with all of TableRow's other fields present in one
 * order and undefined, for its reader to set (none is added later): the engine then meets one shape of line everywhere
 * (lines of several shapes cost it megamorphic loads and deopts), and no object of fields is made to make a line.
 */
export function tableRow(key: string, name: string, row: number, cells: RowAmounts): TableRow {
  return {
    key,
    code: undefined,
    name,
    level: undefined,
    parent: undefined,
    total: undefined,
    side: undefined,
    count: undefined,
    derived: undefined,
    row,
    codeCol: undefined,
    cells,
  };
}

/** The line keyed 合计, if the rows hold one. */
export function totalLine(rows: readonly TableRow[]): TableRow | undefined {
  for (const r of rows) if (r.key === "合计") return r;
  return undefined;
}

export interface TableModel {
  kind: TableKind;
  /** Title as printed (with prefixes such as year or unit name). */
  title: string;
  sheet: string;
  range: CellRange;
  /** "万元" or "元" (as stated in the header; "万元" when nothing is stated). */
  unit: string;
  /** Multiplier to 元: 10000 for 万元, 1 for 元. */
  unitScale: Decimal;
  columns: TableColumn[];
  rows: TableRow[];
  /** No amount anywhere in the body. */
  isEmpty: boolean;
  /** An empty model over a body that holds numbers: its columns were not read (reported; not an 空表). */
  numbersUnread?: boolean;
  /** For an empty table: the 无数据/空表 note published with it, if any. */
  emptyNote?: string;
  /** Unit/department name from the 部门：/单位： line, if any. */
  department?: string;
  /**
   * The one column of change rates (增减幅度, 增长率, “增减%”) beside a 增减额 column: never an amount, read only to
   * check each rate against its line's change and last year's amount.
   */
  changeRateCol?: number;
  /**
   * “header” when the printed title is not a standard one and the kind was told from the header's column
   * meanings: findings resting on such a table are warnings, never errors.
   */
  identifiedBy?: "header";
}
