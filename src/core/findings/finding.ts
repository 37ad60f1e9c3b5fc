import type { RuleId } from "./rule-id";
import type { Severity } from "./severity";

export type { Severity } from "./severity";
export { SEVERITY_ORDER } from "./severity";

/**
 * A finding: one thing the engine wants the accountant to look at, anchored to the cell most likely wrong.
 * This is the shape of the CLI's --json output and of what the pane lists.
 */
export type FindingKind = "sum" | "rounding" | "cross" | "missing" | "input" | "indicator" | "narrative";

export interface Finding {
  /** Id of the rule or check that raised it, e.g. "J03.row", "N.growth", "PERF.budget.rate" (see rule-id.ts). */
  rule: RuleId;
  kind: FindingKind;
  severity: Severity;
  /** Sheet of the cell most likely wrong; empty for findings about the workbook as a whole. */
  sheet: string;
  /** Address of that cell ("E9"); empty when there is no cell (e.g. a missing table). */
  cell: string;
  /** Other cells involved, qualified ("公开03表!D9"). */
  related: string[];
  /** Explanation in Chinese, with the arithmetic. */
  message: string;
  /** Value the cell should hold, when one can be computed (as printed, e.g. "402.22"). */
  expected?: string;
  /** Value the cell holds, as printed. */
  actual?: string;
  /** Title of the table the finding belongs to, for grouping. */
  table?: string;
  /** What the cell holds, in the accountant's words: “卫生健康支出·基本支出”, “一般公共服务支出（类）占比”. */
  subject?: string;
  /**
   * One plain sentence that says where, what and the fix, when the checker can say it better than
   * `headlineOf` composes it (“合计 461.49 与各项之和 461.50 差 0.01（四舍五入尾差），无需修改…”).
   */
  headline?: string;
  /** The reasoning, one equation or fact per line, with the figures (“查看核对过程”). */
  steps?: string[];
  /** A finding about text: the paragraph as read, and the words it is about (`paragraph.slice(start, end)`). */
  quote?: TextQuote;
}

/** Words of a paragraph: “71.73%” at [52, 58) of 情况说明!A14. */
export interface TextQuote {
  paragraph: string;
  start: number;
  end: number;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
