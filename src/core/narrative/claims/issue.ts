import { Decimal, HUNDRED, formatFixed } from "../../numbers/decimal";
import type { Verdict } from "../../numbers/verdict";
import type { ClaimRuleKey } from "./catalogue";
import type { Mention } from "./mentions";

/**
 * One problem found in the text; the caller anchors it to its paragraph (情况说明!A14, or 第12段 of a file).
 * `target` is the printed figure most likely wrong: one slip gives one finding, so an issue whose target or
 * whose figures already carry a finding is dropped.
 */
export interface ClaimIssue {
  rule: ClaimRuleKey;
  /** `rounding`: within what rounding explains (a warning of kind rounding); `warning`: a doubt to check. */
  verdict: Exclude<Verdict, "equal"> | "warning";
  target?: Mention;
  /** Figures the check rests on besides the target. */
  involved?: Mention[];
  /** What the figure is, in the accountant's words (“一般公共服务支出（类）占比”). */
  subject: string;
  /** One plain sentence after the place: what is written, what is right, the fix. */
  headline: string;
  /** The reasoning, one equation or fact per line. */
  steps: string[];
  /** The full explanation. */
  message: string;
  expected?: string;
  actual?: string;
  /** Position in the paragraph, for ordering (defaults to the target's). */
  position?: number;
  /** The words the issue is about, by position in the paragraph (defaults to the target figure's). */
  span?: TextSpan;
}

/** Characters [start, end) of a paragraph. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Percent with two decimals, half up (“71.65%”). */
export function percentOf(part: Decimal, whole: Decimal): string {
  return `${part.dividedBy(whole).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}

/**
 * The headline of a derived figure (a percentage) judged against the printed amounts:
 * an error says what it should be; a figure off by no more than one unit in its last place (judgeDerived's rounding:
 * a tail, or a last digit cut) never says “应为”, nor that it lies within rounding.
 */
export function derivedHeadline(verdict: Exclude<Verdict, "equal">, what: string, stated: string, expected: string, equation: string): string {
  if (verdict === "rounding") {
    return `${what}写${stated}，按 ${equation} = ${expected}，相差不超过末位一个单位（可能是尾差或末位截断），请确认。`;
  }
  return `${what}写${stated}，应为${expected}（${equation}）。`;
}

/** The unit a mention is printed in (`printed` ends with 元 or 亿元; 万元 amounts are bare), and the factor from 万元. */
function printedUnit(m: Mention): { unit: "元" | "万元" | "亿元" | "万亿元"; scale: Decimal } {
  if (m.printed.endsWith("万亿元")) return { unit: "万亿元", scale: new Decimal("0.00000001") };
  if (m.printed.endsWith("亿元")) return { unit: "亿元", scale: new Decimal("0.0001") };
  if (m.printed.endsWith("元")) return { unit: "元", scale: new Decimal(10000) };
  return { unit: "万元", scale: new Decimal(1) };
}

/** Digits with the thousands separators of a mention that has them (“905,709.06元”), and its unit. */
function groupedLike(m: Mention, digits: string, unit: string): string {
  const [whole, fraction] = digits.split(".");
  const grouped = m.text.includes(",") ? whole.replace(/\B(?=(\d{3})+$)/g, ",") : whole;
  return `${grouped}${fraction === undefined ? "" : `.${fraction}`}${unit}`;
}

/**
 * A value written the way a mention writes its figure — in 元 or 万元, to its decimals, with thousands
 * separators when it has them: what “按四舍五入应为12,346元” says for a figure written 12,345元.
 */
export function writtenLike(m: Mention, value: Decimal): string {
  const { unit, scale } = printedUnit(m);
  return groupedLike(m, formatFixed(value.times(scale), m.places), unit);
}

/**
 * A value held in 万元 written exactly, in a mention's unit and style, never fewer decimals than the mention's: the
 * sum of changes beside “减少23,000.00元” reads “9,000.00元”, beside “减少2.30万元” “0.90万元”, and 0.0089万元 keeps its
 * four decimals.
 */
export function exactLike(m: Mention, value: Decimal): string {
  const { unit, scale } = printedUnit(m);
  const scaled = value.times(scale);
  return groupedLike(m, scaled.toFixed(Math.max(m.places, scaled.decimalPlaces())), unit);
}

/**
 * How a finding prints amounts (held in 万元) next to a figure: in the unit the text writes it in — 元, 万元 or
 * 亿元 — with two decimals and the figure's thousands separators (“905,709.06元”-style texts get 元, not “90.57”), or the
 * figure's own decimals where it prints more
 * (“收入总计为415.2644万元”: a sum of 430.2258, not 430.23), zeros past the second dropped.
 */
export function writtenUnit(m: Mention): { num: (value: Decimal) => string; unit: string } {
  const { unit, scale } = printedUnit(m);
  return { num: (value) => groupedLike(m, formatFixed(value.times(scale), Math.max(2, m.places)).replace(PAST_TWO_ZEROS, "$1"), ""), unit };
}

/** Zeros past the second decimal (“10.0000” → “10.00”, “4647.000” → “4647.00”, “430.2250” → “430.225”). */
const PAST_TWO_ZEROS = /(\.\d\d\d*?)0+$/;

/** The words of a mention as quoted in a message: “一般公共服务支出（类）2106.66 万元”. */
export function quoted(m: Mention): string {
  return `${m.rawLabel}${m.text}`.trim();
}
