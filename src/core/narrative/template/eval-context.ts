import type { NumberStyle } from "../phrases";
import type { Expr } from "./expression";
import type { Value, ValueSource } from "./values";

/**
 * Everything an expression can see. `prior` is last year's source and `budget` this year's 预算公开 workbook;
 * `inPrior` marks evaluation inside 上年(…).
 */
export interface EvalContext {
  source: ValueSource;
  prior?: ValueSource;
  budget?: ValueSource;
  inPrior: boolean;
  /** How amounts and percentages are printed (“0.00万元/100.00%” or “0万元/100%”). */
  style: NumberStyle;
  definitions: Map<string, Expr>;
  variables: Map<string, Value>;
  /** Built-in names such as 年度, 单位. */
  builtins: Map<string, Value>;
  /** Collected while rendering: labels of missing numbers, in order of appearance. */
  /** Labels of the figures not available, and the names asked through 输入() (the form fields), each once. */
  report: { missing: string[]; inputs: string[] };
}

/** A figure the text asks the accountant for through 输入(), noted once (not inside 上年(…)). */
export function noteInput(name: string, ctx: EvalContext): void {
  if (!ctx.inPrior && !ctx.report.inputs.includes(name)) ctx.report.inputs.push(name);
}
