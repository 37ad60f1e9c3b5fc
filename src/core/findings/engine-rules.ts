import type { RuleMeta } from "./rule-meta";

const rule = <Id extends string>(id: Id, family: RuleMeta["family"], severity: RuleMeta["severity"], description: string) =>
  ({ id, family, severity, description }) satisfies RuleMeta;

/** Checks the engine makes itself, outside the rule catalogues (reading the cells, the set of tables, last year). */
export const ENGINE_RULES = [
  rule("input.text-number", "表内", "warning", "金额以文本形式存储（应为数值）"),
  rule("input.not-a-number", "表内", "warning", "金额格中填写了文字而不是数字"),
  rule("input.unreadable", "表内", "error", "金额无法读出（#REF!、12.3.4 等）"),
  rule("input.count", "表内", "warning", "人数、车辆数等计数应为整数"),
  rule("code.placement", "表内", "warning", "科目编码应在其所属的类、款之下"),
  rule("structure.kind-from-header", "表内", "info", "表名不规范，按表头识别表的种类"),
  rule("structure.doubt", "表内", "warning", "表的结构可以确定地读出（不是大多数核对同时不符）"),
  rule("structure.unread-numbers", "表内", "warning", "表中的数字都在读出的金额列下"),
  rule("structure.hidden", "表内", "warning", "表或行没有被隐藏"),
  rule("structure.copy", "表间", "info", "同一种表只出现一份"),
  rule("input.formula-uncomputed", "表内", "warning", "公式有计算结果（已保存计算值）"),
  rule("table.empty-note", "表内", "warning", "空表应注明“本单位无…，故本表为空表”"),
  rule("table.change-rate", "表内", "error", "增减率 = 增减额 ÷ 上年数（列出增减额和增减率时）"),
  rule("set.missing-table", "表间", "error", "应公开的表齐全"),
  rule("X.year.carry-over", "跨年", "warning", "本年年初结转和结余 = 上年年末结转和结余（合计及分资金来源）"),
] as const;

/** Findings the engine raises itself: a misspelt id in code does not compile. */
export type EngineRuleId = (typeof ENGINE_RULES)[number]["id"];
