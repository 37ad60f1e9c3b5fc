import type { RowScheme, TableFamily, TableKind } from "../tables/table-model";
import { FUNDS } from "./funds";
import type { PerformanceKind } from "../tables/performance-kinds";

/**
 * The catalogue of standard disclosure tables (docs/domain.md §2). A table is recognised by its title text
 * (longest matching pattern wins, so “一般公共预算财政拨款支出决算表” is not taken for “支出决算表”) and then its
 * header is read into columns by meaning. Patterns are compared after removing spaces and quotes.
 *
 * `columns`: canonical column meaning → header paths that carry it, most specific first. A path pattern
 * matches a column whose header path ends with it ("本年支出/合计" matches "本年支出/合计").
 * `rows`: canonical row meaning → item names that carry it (for named-line tables).
 */
export interface TableKindSpec extends TableKind {
  titles: string[];
  columns?: Record<string, string[]>;
  rows?: Record<string, string[]>;
  /**
   * Part of the standard set whose absence is reported: the nine 决算 tables every department must publish
   * (missing: error), the nine tables of the national 预算 template (regions vary: missing is a warning).
   */
  core?: boolean;
  /** 年初/年末 财政拨款结转和结余 may be printed across the fund columns of one line (see fund-split.ts). */
  carryOverByFund?: boolean;
  /**
   * Totals a layout may print as the 合计 line's cell of a column instead of a line of their own (基本支出表 as one
   * list: 合计 | 人员经费 443.50 | 公用经费 30.42 → 人员经费合计, 公用经费合计): line meaning → column meaning.
   */
  columnTotals?: Record<string, string>;
  /**
   * The lines a 总表 prints besides its 类 lines and `rows` (一、一般公共预算财政拨款收入 … 结余分配). Rows keep their
   * printed names; this list is what a rule may name (src/core/rules/rule-names.ts checks rules against it).
   */
  lines?: string[];
  /** Lines the kind reads by name that its 合计 does not count (会议费, 培训费 beside the 三公 items). */
  outsideTotal?: string[];
  /**
   * Names that are the table's 合计 only when no line is named 合计 by `rows` and the line prints amounts: “三公”经费支出
   * under the three items (渝中 2017, the total printed last), never the national template's section heading “一、“三公”经费
   * 支出” (dashes) above its （一）支出合计.
   */
  totalWhenAlone?: string[];
}

/**
 * A kind with every field, in one order (the ones it lacks undefined): readers ask a kind's fields at every line of
 * every table, and kinds of one shape are read there without a lookup by name.
 */
const spec = (id: string, title: string, family: TableFamily, rowScheme: RowScheme, rest: Partial<TableKindSpec> = {}): TableKindSpec => ({
  id,
  title,
  family,
  rowScheme,
  titles: [title, ...(rest.titles ?? [])],
  columns: undefined,
  rows: undefined,
  core: undefined,
  carryOverByFund: undefined,
  columnTotals: undefined,
  lines: undefined,
  outsideTotal: undefined,
  totalWhenAlone: undefined,
  ...omitTitles(rest),
});

function omitTitles(rest: Partial<TableKindSpec>): Partial<TableKindSpec> {
  const copy = { ...rest };
  delete copy.titles;
  return copy;
}

const THREE_PUBLIC_ROWS: Record<string, string[]> = {
  合计: ["支出合计", "合计", "三公经费支出合计", "三公经费合计", "三公经费"],
  因公出国费: ["因公出国(境)费", "因公出国(境)费用", "因公出国费", "因公出国(境)支出", "因公出国(境)经费"],
  公务用车费: [
    "公务用车购置及运行维护费",
    "公务用车购置及运行费",
    "公务用车购置及运行维护支出",
    "公务用车购置及运行",
    "公车购置及运行维护费",
    "公车购置及运行费",
  ],
  公务用车购置费: ["公务用车购置费", "公务用车购置", "购置费", "购置经费"],
  公务用车运行维护费: ["公务用车运行维护费", "公务用车运行费", "运行维护费", "运行费"],
  公务接待费: ["公务接待费", "公务接待费支出"],
  国内接待费: ["国内接待费", "国内公务接待费"],
  国外接待费: ["国(境)外接待费", "国(境)外公务接待费"],
  机关运行经费: ["机关运行经费", "行政经费"],
  会议费: ["会议费"],
  培训费: ["培训费"],
};

/** A 三公 table's total named by the whole it adds up, where no 合计 line is printed. */
const THREE_PUBLIC_TOTAL_WHEN_ALONE = ["三公经费支出", "三公经费支出决算", "三公经费支出预算"];

/**
 * Items a 三公 table may print beside the 三公 ones (“…“三公”经费及会议费、培训费支出决算表”): read by name, down or
 * across, never counted in its 合计.
 */
const THREE_PUBLIC_OUTSIDE_TOTAL = ["会议费", "培训费"];

/**
 * A change column beside this year's and last year's amounts (“本年预算比上年增减情况 / 增减额”, “比上年增、减情况 /
 * 增、减金额”): this year's amount less last year's. A 减少额 (“支出减少情况”) runs the other way and is not one.
 */
const CHANGE_COLUMN = ["增减额", "增加额", "增减金额", "增、减金额", "增减数"];

/**
 * The budget 三公 table printed across (one line per unit: 合计 | 因公出国 | 公务用车 小计/购置/运行 | 公务接待) or down
 * (one item per line under 预算数, 上年执行数 | 本年预算数, or 本年预算数 | 其中：财政拨款): both readings' meanings.
 */
const THREE_PUBLIC_COLUMNS: Record<string, string[]> = {
  预算数: ["本年预算数", "预算数", "预算金额", "本年预算", "预算数合计", "本年年初预算数"],
  // a 预算数合计 split by its sources (岳阳县: 预算数合计 | 公共财政预算拨款 | 政府性基金预算拨款 | 国有资本经营预算拨款)
  一般公共预算: ["公共财政预算拨款", "一般公共预算拨款"],
  政府性基金预算: ["政府性基金预算拨款"],
  国有资本经营预算: ["国有资本经营预算拨款"],
  上年数: ["上年执行数", "上年预算执行数", "上年实际数", "上年预算数", "上年年初预算数"],
  财政拨款: ["其中:财政拨款", "财政拨款"],
  合计: ["合计", "三公经费合计"],
  因公出国费: ["因公出国(境)费用", "因公出国(境)费"],
  公务用车小计: ["公务用车购置及运行费/小计", "公务用车购置及运行维护费/小计", "小计"],
  公务用车购置费: ["公务用车购置费"],
  公务用车运行维护费: ["公务用车运行费", "公务用车运行维护费"],
  公务接待费: ["公务接待费"],
  增减额: CHANGE_COLUMN,
};

/**
 * The 决算 三公 table's columns; a 上年决算数 column beside 本年决算数 (“…“三公”经费决算情况统计表”) is last year's
 * (上年数), never the 决算数.
 */
const FINAL_THREE_PUBLIC_COLUMNS: Record<string, string[]> = {
  上年数: ["上年决算数"],
  增减额: CHANGE_COLUMN,
  预算数: ["预算数"],
  全年预算数: ["全年预算数"],
  决算数: ["本年决算数", "决算数", "决算统计数"],
};

const FUND_FLOW_COLUMNS: Record<string, string[]> = {
  年初结转和结余: ["年初结转和结余/合计", "年初结转和结余"],
  本年收入: ["本年收入/合计", "本年收入"],
  本年支出合计: ["本年支出/合计", "本年支出合计", "合计"],
  基本支出: ["本年支出/基本支出/小计", "本年支出/基本支出", "基本支出/小计", "基本支出"],
  人员经费: ["本年支出/基本支出/人员经费", "人员经费"],
  公用经费: ["本年支出/基本支出/公用经费", "公用经费"],
  项目支出: ["本年支出/项目支出", "项目支出"],
  年末结转和结余: ["年末结转和结余/合计", "年末结转和结余"],
};

/** 收入支出决算总表's income lines (一、… 八、), in the template's order. */
const FINAL_INCOME_LINES = [
  "一般公共预算财政拨款收入",
  "政府性基金预算财政拨款收入",
  "国有资本经营预算财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];

/** 部门收支总表's income lines; the first three are also 财政拨款收支预算总表's. */
const BUDGET_INCOME_LINES = [
  "一般公共预算拨款收入",
  "政府性基金预算拨款收入",
  "国有资本经营预算拨款收入",
  "事业收入",
  "事业单位经营收入",
  "上级补助收入",
  "附属单位上缴收入",
  "其他收入",
];

/**
 * A title that names the 三公经费 is a 三公 table whatever else it names (“…“三公”经费及会议费、培训费支出决算表” is
 * not the 支出决算表, “…“三公”经费预算支出表”, “部门“三公”经费情况统计表”). Its kind follows the first scope whose
 * words the title carries; a title with none of them (“…“三公”经费情况统计表”) is told by its header
 * (identify-by-header.ts: a 决算 column makes it the 决算 table, else the 预算 one).
 */
export const THREE_PUBLIC_TITLE = /三公/;
export const THREE_PUBLIC_SCOPES: { words: RegExp; kind: string }[] = [
  { words: /一般公共预算.*决算/, kind: "J11" },
  { words: /决算/, kind: "J07" },
  { words: /政府性基金/, kind: "Y11" },
  { words: /预算/, kind: "Y09" },
];
/** The 三公 kinds a title without a scope word can be, by its header: 决算 columns, else 预算 ones. */
export const THREE_PUBLIC_BY_HEADER = { final: "J07", budget: "Y09" } as const;

export const TABLE_KINDS: TableKindSpec[] = [
  // ── 决算 ──
  spec("J01", "收入支出决算总表", "决算", "items", {
    core: true,
    titles: ["收入支出决算表"],
    columns: { 金额: ["金额", "决算数"] },
    rows: {
      收入总计: ["收入总计"],
      支出总计: ["支出总计"],
      使用非财政拨款结余: ["使用非财政拨款结余", "使用专用结余", "使用非财政拨款结余和专用结余"],
    },
    lines: [...FINAL_INCOME_LINES, "本年收入合计", "年初结转和结余", "本年支出合计", "结余分配", "年末结转和结余"],
  }),
  spec("J02", "收入决算表", "决算", "function-code", {
    core: true,
    columns: {
      本年收入合计: ["本年收入合计"],
      财政拨款收入: ["财政拨款收入"],
      上级补助收入: ["上级补助收入"],
      事业收入: ["事业收入/小计", "事业收入"],
      教育收费: ["教育收费"],
      经营收入: ["经营收入"],
      附属单位上缴收入: ["附属单位上缴收入"],
      其他收入: ["其他收入"],
    },
  }),
  spec("J03", "支出决算表", "决算", "function-code", {
    core: true,
    columns: {
      本年支出合计: ["本年支出合计", "合计"],
      基本支出: ["基本支出"],
      项目支出: ["项目支出"],
      上缴上级支出: ["上缴上级支出"],
      经营支出: ["经营支出"],
      对附属单位补助支出: ["对附属单位补助支出"],
    },
  }),
  spec("J04", "财政拨款收入支出决算总表", "决算", "items", {
    core: true,
    carryOverByFund: true,
    titles: ["财政拨款收入支出决算表"],
    columns: {
      金额: ["金额", "决算数"],
      合计: ["合计"],
      一般公共预算财政拨款: ["一般公共预算财政拨款"],
      政府性基金预算财政拨款: ["政府性基金预算财政拨款"],
      国有资本经营预算财政拨款: ["国有资本经营预算财政拨款"],
    },
    rows: { 收入总计: ["收入总计"], 支出总计: ["支出总计"] },
    lines: [...FUNDS, "本年收入合计", "年初财政拨款结转和结余", "本年支出合计", "年末财政拨款结转和结余"],
  }),
  spec("J05", "一般公共预算财政拨款支出决算表", "决算", "function-code", {
    core: true,
    titles: ["一般公共预算财政拨款收入支出决算表"],
    columns: FUND_FLOW_COLUMNS,
  }),
  spec("J06", "一般公共预算财政拨款基本支出决算表", "决算", "economic-code", {
    core: true,
    titles: ["一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款基本支出明细表"],
    columns: { 金额: ["金额", "决算数"], 人员经费: ["人员经费"], 公用经费: ["公用经费"] },
    columnTotals: { 人员经费合计: "人员经费", 公用经费合计: "公用经费" },
  }),
  spec("J07", "财政拨款“三公”经费支出决算表", "决算", "items", {
    core: true,
    titles: ["财政拨款三公经费支出决算表", "财政拨款三公经费", "三公经费支出决算表"],
    columns: FINAL_THREE_PUBLIC_COLUMNS,
    rows: THREE_PUBLIC_ROWS,
    outsideTotal: THREE_PUBLIC_OUTSIDE_TOTAL,
    totalWhenAlone: THREE_PUBLIC_TOTAL_WHEN_ALONE,
  }),
  spec("J08", "政府性基金预算财政拨款收入支出决算表", "决算", "function-code", {
    core: true,
    titles: ["政府性基金预算财政拨款支出决算表"],
    columns: FUND_FLOW_COLUMNS,
  }),
  spec("J09", "国有资本经营预算财政拨款收入支出决算表", "决算", "function-code", {
    core: true,
    titles: ["国有资本经营预算财政拨款支出决算表"],
    columns: FUND_FLOW_COLUMNS,
  }),
  spec("J10", "一般公共预算财政拨款项目支出决算表", "决算", "economic-code", {
    columns: { 金额: ["金额", "决算数"] },
  }),
  spec("J11", "一般公共预算财政拨款“三公”经费支出决算表", "决算", "items", {
    titles: ["一般公共预算财政拨款三公经费支出决算表", "一般公共预算财政拨款三公经费情况表", "一般公共预算财政拨款三公经费"],
    columns: FINAL_THREE_PUBLIC_COLUMNS,
    rows: THREE_PUBLIC_ROWS,
    outsideTotal: THREE_PUBLIC_OUTSIDE_TOTAL,
    totalWhenAlone: THREE_PUBLIC_TOTAL_WHEN_ALONE,
  }),
  spec("J12", "国有资产使用情况表", "决算", "items", {
    titles: ["国有资产占用情况表"],
    columns: {
      资产总额: ["资产总额"],
      资产原值合计: ["资产原值合计"],
      流动资产: ["流动资产"],
      固定资产原值: ["固定资产/小计/原值", "固定资产/原值"],
      固定资产净值: ["固定资产/小计/净值", "固定资产/净值"],
      对外投资: ["对外投资/有价证券", "对外投资"],
      在建工程: ["在建工程"],
      无形资产原值: ["无形资产/原值"],
      无形资产净值: ["无形资产/净值"],
      其他资产原值: ["其他资产/原值"],
      其他资产净值: ["其他资产/净值"],
    },
  }),
  // ── 预算 ──
  spec("Y01", "部门收支总表", "预算", "items", {
    core: true,
    titles: ["部门收支预算总表", "收支预算总表"],
    columns: { 金额: ["预算数", "金额"] },
    rows: { 收入总计: ["收入总计"], 支出总计: ["支出总计"] },
    lines: [...BUDGET_INCOME_LINES, "本年收入合计", "上年结转", "本年支出合计", "结转下年"],
  }),
  spec("Y02", "部门收入总表", "预算", "function-code", { core: true, titles: ["部门收入预算表", "收入预算总表"] }),
  spec("Y03", "部门支出总表", "预算", "function-code", {
    core: true,
    titles: ["部门支出预算表", "支出预算总表"],
    columns: { 合计: ["合计"], 基本支出: ["基本支出"], 项目支出: ["项目支出"] },
  }),
  spec("Y04", "财政拨款收支预算总表", "预算", "items", {
    core: true,
    titles: ["财政拨款收支总表"],
    columns: {
      金额: ["预算数"],
      合计: ["合计"],
      一般公共预算: ["一般公共预算"],
      政府性基金预算: ["政府性基金预算"],
      国有资本经营预算: ["国有资本经营预算"],
    },
    lines: [...BUDGET_INCOME_LINES.slice(0, 3), "本年收入", "上年结转", "本年支出", "结转下年", "收入总计", "支出总计"],
  }),
  spec("Y05", "财政拨款支出预算表（部门经济分类科目）", "预算", "economic-code", {
    titles: ["财政拨款支出预算表(部门经济分类科目)", "财政拨款支出预算表"],
  }),
  spec("Y06", "一般公共预算支出预算表", "预算", "function-code", {
    core: true,
    titles: ["一般公共预算支出表"],
    columns: { 合计: ["合计"], 当年财政拨款安排: ["当年财政拨款安排"], 上年结转安排: ["上年结转安排"], 基本支出: ["基本支出"], 项目支出: ["项目支出"] },
  }),
  spec("Y07", "一般公共预算基本支出预算表", "预算", "economic-code", {
    core: true,
    titles: ["一般公共预算基本支出表"],
    columns: { 合计: ["基本支出/合计", "合计"], 人员经费: ["人员经费"], 公用经费: ["公用经费"] },
  }),
  spec("Y08", "一般公共预算项目支出预算表", "预算", "function-code", {
    titles: ["一般公共预算项目支出表"],
    columns: { 金额: ["金额", "预算数"] },
  }),
  spec("Y09", "一般公共预算“三公”经费支出预算表", "预算", "items", {
    core: true,
    titles: [
      "一般公共预算三公经费支出预算表",
      "一般公共预算三公经费支出表",
      "三公经费支出预算表",
      "三公经费预算表",
      "三公经费预算情况表",
      "三公经费和机关运行经费预算表",
    ],
    columns: THREE_PUBLIC_COLUMNS,
    rows: THREE_PUBLIC_ROWS,
    outsideTotal: THREE_PUBLIC_OUTSIDE_TOTAL,
    totalWhenAlone: THREE_PUBLIC_TOTAL_WHEN_ALONE,
  }),
  spec("Y10", "政府性基金预算支出预算表", "预算", "function-code", {
    core: true,
    titles: ["政府性基金预算支出表"],
    columns: { 合计: ["合计"], 基本支出: ["基本支出"], 项目支出: ["项目支出"] },
  }),
  spec("Y11", "政府性基金预算“三公”经费支出预算表", "预算", "items", {
    titles: ["政府性基金预算三公经费支出预算表", "政府性基金预算三公经费支出表"],
    columns: THREE_PUBLIC_COLUMNS,
    rows: THREE_PUBLIC_ROWS,
    outsideTotal: THREE_PUBLIC_OUTSIDE_TOTAL,
    totalWhenAlone: THREE_PUBLIC_TOTAL_WHEN_ALONE,
  }),
  spec("Y12", "国有资本经营预算支出预算表", "预算", "function-code", {
    core: true,
    titles: ["国有资本经营预算支出表"],
    columns: { 合计: ["合计"], 基本支出: ["基本支出"], 项目支出: ["项目支出"] },
  }),
  // ── 绩效 (read by src/core/performance; listed here so they are recognised, not reported as unknown) ──
  // A title naming no scope (“绩效目标表”, “2023年绩效自评情况表”) is a 项目 table, as the 绩效 tables of a project are.
  spec("P01", "项目支出绩效目标表" satisfies PerformanceKind, "绩效", "items", { titles: ["项目绩效目标表", "项目支出绩效目标", "绩效目标表"] }),
  spec("P02", "部门整体支出绩效目标表" satisfies PerformanceKind, "绩效", "items", { titles: ["整体支出绩效目标表", "整体绩效目标"] }),
  spec("P03", "项目支出绩效自评表" satisfies PerformanceKind, "绩效", "items", { titles: ["项目绩效自评", "项目支出绩效自评", "绩效自评表"] }),
  spec("P04", "部门整体支出绩效自评表" satisfies PerformanceKind, "绩效", "items", { titles: ["整体支出绩效自评", "整体绩效自评"] }),
];
