/**
 * A finding: one thing the engine wants the accountant to look at, anchored to the cell most likely wrong.
 * This is the shape of the CLI's --json output and of what the pane lists.
 */
export type FindingKind = "sum" | "rounding" | "cross" | "missing" | "input" | "indicator" | "narrative";
export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Rule id from the catalogue, e.g. "J03.row". */
  rule: string;
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
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
