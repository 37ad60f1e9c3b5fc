import type { ClaimRuleId } from "../narrative/claims/catalogue";
import type { PerformanceRuleId } from "../performance/rules";

/**
 * The id of what raised a finding (`Finding.rule`), one family per catalogue:
 *   table rules       J03.row, X.J01-J02, XY.Y01-Y03 … and the accountant's own rules — data parsed at run time
 *                     (src/core/rules/catalogue, README “规则写法”), so any text the notation accepts;
 *   情况说明 checks    N.amount, N.growth … (src/core/narrative/claims/catalogue.ts);
 *   绩效 checks        PERF.budget.rate … (src/core/performance/rules.ts);
 *   the engine's own  input.text-number, structure.doubt, set.missing-table … (EngineRuleId below).
 * Every id written in code is typed by its family (`satisfies EngineRuleId`, a PerformanceRuleId parameter, a
 * ClaimRuleKey), so a misspelt id does not compile.
 */
export type RuleId = TableRuleId | ClaimRuleId | PerformanceRuleId | EngineRuleId;

/** A table rule's id as its catalogue (or the accountant's rule file) gives it: “J03.row”, “MY.car”. */
export type TableRuleId = string;

/** Findings the engine raises itself, outside the catalogues. */
export type EngineRuleId =
  | "input.text-number" // 数字存为文本
  | "input.not-a-number" // 金额格中不是数字
  | "input.unreadable" // 无法读出的金额
  | "input.count" // 人数、车辆数等带小数
  | "code.placement" // 科目编码排错位置
  | "structure.kind-from-header" // 表名不规范，按表头识别
  | "structure.doubt" // 表的结构读得不确定
  | "structure.unread-numbers" // 表中有数字，但不在读出的金额列下
  | "structure.hidden" // 表或行被隐藏
  | "structure.copy" // 同一种表出现不止一份
  | "input.formula-uncomputed" // 公式没有计算结果
  | "set.missing-table" // 缺少公开表
  | "table.empty-note" // 空表未注明
  | "X.year.carry-over"; // 本年年初结转 = 上年年末结转
