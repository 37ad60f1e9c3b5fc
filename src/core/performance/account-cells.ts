/**
 * Where the money of a 绩效 table is printed again in the amount tables of the same workbook, as data: the 决算
 * cells of a 部门整体支出绩效自评表's lines, the 项目支出 that bounds the 项目自评表, and the 预算 cells of the 目标表.
 */

/** A cell of a recognised 决算/预算 table named by its standard title, row and column meaning (the rules' words). */
export interface AccountCell {
  table: string;
  row: string;
  column: string;
}

/**
 * Lines of a 部门整体支出绩效自评表 (部门年度重点工作任务, 年度部门整体支出) and the 决算 cells that hold the
 * same money; agreeing with one source is enough. `strict`: the label names exactly that money (基本支出, 项目支出,
 * 合计), so agreeing with none is an error when every source prints the same amount; a loose label (人员经费, which
 * 沾益 writes for the whole 基本支出) agreeing with none is a warning. The 一般公共预算财政拨款 table is the second
 * source: a department with only that money prints the same amounts in both.
 */
export const SPENDING_LINES: readonly { label: RegExp; strict: boolean; sources: readonly AccountCell[] }[] = [
  {
    label: /^(基本支出|基本经费)$/,
    strict: true,
    sources: [
      { table: "支出决算表", row: "合计", column: "基本支出" },
      { table: "一般公共预算财政拨款支出决算表", row: "合计", column: "基本支出" },
    ],
  },
  {
    label: /^(项目支出|项目经费)$/,
    strict: true,
    sources: [
      { table: "支出决算表", row: "合计", column: "项目支出" },
      { table: "一般公共预算财政拨款支出决算表", row: "合计", column: "项目支出" },
    ],
  },
  {
    label: /^(合计|总计|总额|资金总额|年度资金总额|部门整体支出|年度部门整体支出)$/,
    strict: true,
    sources: [
      { table: "支出决算表", row: "合计", column: "本年支出合计" },
      { table: "一般公共预算财政拨款支出决算表", row: "合计", column: "本年支出合计" },
    ],
  },
  {
    label: /^人员经费$/,
    strict: false,
    sources: [
      { table: "支出决算表", row: "合计", column: "基本支出" },
      { table: "一般公共预算财政拨款支出决算表", row: "合计", column: "人员经费" },
    ],
  },
  { label: /^公用经费$/, strict: false, sources: [{ table: "一般公共预算财政拨款支出决算表", row: "合计", column: "公用经费" }] },
];

/** 项目支出 total of the 决算 set: Σ 执行数 of the 项目自评表 may not exceed it. */
export const PROJECT_SPENDING: AccountCell = { table: "支出决算表", row: "合计", column: "项目支出" };

/** Where a 项目支出绩效目标表 project's 预算数 is printed by name in the 预算 set (一般公共预算项目支出预算表). */
export const PROJECT_BUDGET_TABLE = { table: "一般公共预算项目支出预算表", column: "金额" };

/** The 预算 cells holding a 部门整体支出绩效目标表's 资金总额 and 财政拨款. */
export const DEPARTMENT_BUDGET: { full: AccountCell; fiscal: AccountCell } = {
  full: { table: "部门支出总表", row: "合计", column: "合计" },
  fiscal: { table: "财政拨款收支预算总表", row: "本年支出", column: "合计" },
};

/** 部门收支总表 income lines: when 一般公共预算拨款收入 is the only one with money, every budget table holds all of it. */
export const GENERAL_BUDGET_INCOME = { table: "部门收支总表", row: "一般公共预算拨款收入", total: "收入总计", column: "金额" };
