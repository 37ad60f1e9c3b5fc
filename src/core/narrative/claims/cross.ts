import { Decimal } from "../../numbers/decimal";
import { judgeAmounts, type Verdict } from "../../numbers/verdict";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { Relations } from "./culprit";

/**
 * What the checks across paragraphs share (./repeated.ts, ./totals.ts, ./total-slips.ts, ./breakdowns.ts,
 * ./change-sums.ts). Checks across paragraphs, which need no table at all: the same figure stated twice, a total against the
 * parts the text states for it, a 类 (or the 一般公共预算 total) against the 项 listed under it later, and
 * the change of a total against the changes of its parts. Figures already compared with a table are left to
 * the table (a difference between two tables is reported by the table rules, once).
 */
export interface CrossContext {
  reading: Reading;
  checked: Set<Mention>;
  /** “情况说明!A12”, “第12段”. */
  whereOf(at: ParsedParagraph): string;
  /** The report's year, when known. */
  year?: number;
  /** How each stated amount stands in its other relations (which figure a broken sum names: ./culprit.ts). */
  relations: Relations;
}

/** The sum of stated values. */
export const sumOf = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

/** Two statements of one amount compared, each within its printed rounding. */
export function judge(a: Mention, b: Mention, reading: Reading): Verdict {
  return judgeAmounts(reading.value(a), reading.interval(a), reading.value(b), reading.interval(b));
}
