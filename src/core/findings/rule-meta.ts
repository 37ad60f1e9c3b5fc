import type { Severity } from "./severity";

/** Where a check looks: inside one table, between tables, against last year, at the 绩效 tables, at the text. */
export type RuleFamily = "表内" | "表间" | "跨年" | "绩效" | "说明";

/**
 * The one shape every check is described by, whatever catalogue it comes from (table rules, 说明 claims, 绩效
 * rules, the engine's own checks): the 审核 list of checks enumerates these (src/core/audit/registry.ts).
 */
export interface RuleMeta {
  id: string;
  family: RuleFamily;
  /** error: 强制 (must be fixed); warning, info: 提示 (may be explained). */
  severity: Severity;
  /** What the rule checks, in plain Chinese (“支出决算表：每行 本年支出合计 = 各项支出之和”). */
  description: string;
}
