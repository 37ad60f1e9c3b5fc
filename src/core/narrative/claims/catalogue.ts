import type { Severity } from "../../findings/severity";

/**
 * The catalogue of 情况说明 checks (说明检查规则), like the table rules: an id, the severity of a slip beyond
 * rounding, and what the rule checks. A percentage or sum that differs only within rounding is a `rounding`
 * warning whatever the rule (one verdict: src/core/numbers/verdict.ts).
 */
export interface ClaimRule {
  id: string;
  severity: Severity;
  title: string;
}

const rule = <Id extends string>(id: Id, severity: Severity, title: string) => ({ id, severity, title }) satisfies ClaimRule;

export const CLAIM_RULES = {
  // ── against the tables ──
  amount: rule("N.amount", "error", "文中金额与表中同一数字不符（收支总计、本年收入合计、基本支出、三公经费等）"),
  row: rule("N.row", "error", "文中类、项金额与表中该科目不符"),
  name: rule("N.name", "warning", "文中类、款、项名称与表中同一编码或金额的科目名称不符"),
  itemZero: rule("N.itemZero", "warning", "人员经费、公用经费“主要包括”列出的科目在表中为空"),
  // ── a sentence's own arithmetic ──
  growth: rule("N.growth", "error", "增长（下降）率 = 增减额 ÷ 上年数"),
  difference: rule("N.difference", "error", "增减额 = 本年数 − 所述上年数"),
  zeroBase: rule("N.zeroBase", "warning", "上年数为0却写增长率（应写“上年无此项”）"),
  share: rule("N.share", "error", "占比 = 部分 ÷ 所述合计"),
  shareSum: rule("N.shareSum", "error", "同一列举中各项占比之和超过100%；完整划分（各级次、其余部分收尾）的各项占比之和 = 100%"),
  listSum: rule("N.listSum", "error", "“其中”各项之和 = 所述合计"),
  completion: rule("N.completion", "error", "完成预算% = 决算数 ÷ 预算数"),
  zeroBudget: rule("N.zeroBudget", "warning", "预算数为0却写完成预算的百分比"),
  budgetWords: rule("N.budgetWords", "warning", "“完成年初/全年预算”所指的预算与所用数字不符"),
  // ── direction words ──
  direction: rule("N.direction", "error", "增加/减少与增长/下降方向一致"),
  compare: rule("N.compare", "error", "“决算数大于/小于/等于预算数”与所述数字一致"),
  // ── across paragraphs ──
  repeated: rule("N.repeated", "error", "同一数字在文中两处所写不同"),
  total: rule("N.total", "error", "合计 = 文中所述各组成部分之和（本年支出合计 = 基本支出 + 项目支出 …）"),
  breakdown: rule("N.breakdown", "error", "总体或类的金额 = 后文逐项列出的金额之和"),
  changeSum: rule("N.changeSum", "error", "合计的增减额 = 各组成部分增减额之和"),
  balancedChange: rule("N.balancedChange", "error", "预算收支平衡（收入预算 = 支出预算）：收入、支出的增减额相同"),
  tableSum: rule("N.tableSum", "error", "文中表格（逐行列出）的合计行 = 其所合计各行之和，逐列"),
  saving: rule("N.saving", "error", "节约额 = 预算 − 实际；节约率 = 节约额 ÷ 预算"),
  // ── form ──
  percentSign: rule("N.percentSign", "warning", "百分数缺少“%”"),
  digits: rule("N.digits", "warning", "百分数的小数位数少于全文通行的位数，且按所述金额计算末位不是0"),
  unit: rule("N.unit", "error", "金额单位与同段其他金额一致（元、万元、亿元）"),
  leftover: rule("N.leftover", "error", "模板残留（XX、××、（单位名称）、增加（减少）、填表说明等）"),
  year: rule("N.year", "warning", "标题、截至日期或句首年度与报表年度不符"),
} as const satisfies Record<string, ClaimRule>;

export type ClaimRuleKey = keyof typeof CLAIM_RULES;

/** A 情况说明 check's id (“N.amount”). */
export type ClaimRuleId = (typeof CLAIM_RULES)[ClaimRuleKey]["id"];
