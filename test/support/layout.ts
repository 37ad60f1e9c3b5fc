import type { TableId } from "./block";
import type { Prng } from "./prng";
import type { FormulaTotals } from "./formula-cells";

/** How a generated workbook is laid out (the shapes seen in real exports; domain.md §2). */
export interface LayoutOptions {
  /**
   * sheet-per-table: one sheet per table kind (several units stacked in it);
   * sheet-per-unit: one sheet per unit holding all its tables one after another;
   * one-sheet: every table of every unit stacked in a single sheet.
   */
  arrangement: "sheet-per-table" | "sheet-per-unit" | "one-sheet";
  /** column: code | name; split: 类 | 款 | 项 | name; joined: "2080505 机关事业单位…" in one cell. */
  codeStyle: "column" | "split" | "joined";
  /** Codes stored as numbers (only with codeStyle column). */
  numericCodes: boolean;
  /** 行次 columns in the items tables and a 栏次 row under every header. */
  lineNumbers: boolean;
  /** Tables printed in 元 instead of 万元. */
  yuanTables: TableId[];
  /** Column groups side by side in 基本支出决算表; 1: one list (编码, 名称, 人员经费, 公用经费) with 合计 on top. */
  t6Groups: 1 | 2 | 3;
  /** 收入支出决算总表: 收入 ‖ 支出 side by side, or stacked (收入 lines, then 支出 lines, in one column pair). */
  t1Layout: "sides" | "stacked";
  /** flow: 年初/本年收入/本年支出/年末 groups; simple: 合计, 基本支出 (人员/公用), 项目支出. */
  t5Style: "flow" | "simple";
  /** A zero amount left empty or printed 0.00. */
  zeroStyle: "blank" | "zero";
  /** Amount number format for 万元 tables. */
  amountFormat: "0.00" | "#,##0.00";
  /** Table number beside the title: 公开03表, 表3, or none. */
  tableCodes: "公开" | "表" | "none";
  /** Year prefix on titles ("2023年度支出决算表"). */
  titlePrefix: boolean;
  /** Labels printed on the expenditure side of the 年末 lines of 财政拨款收入支出决算总表. */
  t4ExpenseLabels: boolean;
  /** full: numbered lines, 相关统计数, 机关运行经费; plain: the eight money lines only. */
  t7Style: "full" | "plain";
  /** 本年收入合计 balancing line wording on 收入支出决算总表. */
  reserveLabel: "使用非财政拨款结余" | "使用专用结余";
  /**
   * 三公 table: vertical list of items (沾益); across: 预算数 ‖ 决算数 groups of six item columns, one data row
   * (national standard); pairs: (预算数, 决算数) under each item with a group label row above (上海).
   */
  t7Layout: "vertical" | "across" | "pairs";
  /** 年末财政拨款结转和结余 by fund: lines under the total (沾益) or across the fund columns of its own line (上海). */
  t4CarryOver: "lines" | "across";
  /** A report heading (“…2023年度部门决算表”) above every table's title. */
  reportHeading: boolean;
  /** A sub-header row repeating one word (“决算数”) under the amount columns of the code tables. */
  subHeader: boolean;
  /** A 情况说明 sheet (headings naming the tables, prose paragraphs) beside the tables. */
  textSheet: boolean;
  /**
   * The shapes below are never drawn at random (the seeds of the other options keep their workbooks); tests set them.
   * Tables whose amount columns are printed two sheet columns wide under a merged header (value in the left cell).
   */
  mergedAmounts: TableId[];
  /** With mergedAmounts: the body's amount cells merged across the pair too. */
  mergedBody: boolean;
  /** 支出决算表's row totals as formulas saved without a result: none, simple (D11+E11…), opaque (ROUND(…)). */
  formulaTotals: FormulaTotals;
  /** The sheet holding 支出决算表 copied as “<name> (2)” right after it, as Excel's 移动或复制 → 建立副本 does. */
  copiedSheet: boolean;
  /** sheet: the sheet holding the 三公 table hidden; rows: two body rows of 支出决算表 hidden. */
  hidden: "none" | "sheet" | "rows";
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  arrangement: "sheet-per-table",
  codeStyle: "column",
  numericCodes: false,
  lineNumbers: true,
  yuanTables: [],
  t6Groups: 3,
  t1Layout: "sides",
  t5Style: "flow",
  zeroStyle: "blank",
  amountFormat: "0.00",
  tableCodes: "公开",
  titlePrefix: false,
  t4ExpenseLabels: false,
  t7Style: "full",
  reserveLabel: "使用专用结余",
  t7Layout: "vertical",
  t4CarryOver: "lines",
  reportHeading: false,
  subHeader: false,
  textSheet: false,
  mergedAmounts: [],
  mergedBody: false,
  formulaTotals: "none",
  copiedSheet: false,
  hidden: "none",
};

const ALL_TABLES: TableId[] = ["J01", "J02", "J03", "J04", "J05", "J06", "J07", "J08", "J09"];

/** A random layout (every option drawn from the seed). */
export function randomLayout(rng: Prng, overrides: Partial<LayoutOptions> = {}): LayoutOptions {
  const codeStyle = rng.pick(["column", "split", "joined"] as const);
  return {
    arrangement: rng.pick(["sheet-per-table", "sheet-per-unit", "one-sheet"] as const),
    codeStyle,
    numericCodes: codeStyle === "column" && rng.chance(0.3),
    lineNumbers: rng.chance(0.5),
    yuanTables: rng.chance(0.3) ? rng.sample(ALL_TABLES, rng.int(1, 3)) : [],
    t6Groups: rng.pick([1, 2, 3] as const),
    t1Layout: rng.pick(["sides", "stacked"] as const),
    t5Style: rng.pick(["flow", "simple"] as const),
    zeroStyle: rng.pick(["blank", "zero"] as const),
    amountFormat: rng.pick(["0.00", "#,##0.00"] as const),
    tableCodes: rng.pick(["公开", "表", "none"] as const),
    titlePrefix: rng.chance(0.3),
    t4ExpenseLabels: rng.chance(0.5),
    t7Style: rng.pick(["full", "plain"] as const),
    reserveLabel: rng.pick(["使用非财政拨款结余", "使用专用结余"] as const),
    t7Layout: rng.pick(["vertical", "across", "pairs"] as const),
    t4CarryOver: rng.pick(["lines", "across"] as const),
    reportHeading: rng.chance(0.3),
    subHeader: rng.chance(0.3),
    textSheet: rng.chance(0.3),
    mergedAmounts: [],
    mergedBody: false,
    formulaTotals: "none",
    copiedSheet: false,
    hidden: "none",
    ...overrides,
  };
}
