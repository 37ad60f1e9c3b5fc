import { Decimal, HUNDRED } from "./decimal";
import { RoundingInterval } from "./rounding-interval";

/**
 * The one place that decides whether two printed figures agree (domain.md §3.3). Every checker — table rules,
 * 绩效 arithmetic, 情况说明 claims — asks here instead of deciding for itself.
 *
 * - `equal`: the figures agree exactly (or, for a derived figure, the printed amounts allow the stated value).
 * - `rounding`: they differ, but only within what rounding the printed amounts can explain (尾差): a warning.
 * - `error`: the difference is beyond rounding.
 */
export type Verdict = "equal" | "rounding" | "error";

export type Comparison = "=" | ">=" | "<=";

/**
 * Sums of printed amounts: `left op right` on the exact printed values, else on their rounding intervals
 * (each amount v printed to unit u stands for [v − u/2, v + u/2]; XBRL Calculations 1.1 round-to-nearest).
 * 461.49 against parts that add to 461.50 (five parts at 0.01) → rounding; 465.22 against 402.22 → error.
 */
export function judgeAmounts(left: Decimal, leftInterval: RoundingInterval, right: Decimal, rightInterval: RoundingInterval, op: Comparison = "="): Verdict {
  const holds = op === "=" ? left.equals(right) : op === ">=" ? left.greaterThanOrEqualTo(right) : left.lessThanOrEqualTo(right);
  if (holds) return "equal";
  const withinTail =
    op === "=" ? leftInterval.overlaps(rightInterval) : op === ">=" ? leftInterval.canBeAtLeast(rightInterval) : rightInterval.canBeAtLeast(leftInterval);
  return withinTail ? "rounding" : "error";
}

/**
 * A figure stated in words against the finer figure it repeats (a table cell, a sum of stated amounts): as
 * judgeAmounts, except that a figure printed to a coarser unit and off by less than that unit — 12,345 written
 * for 12,345.67, cut instead of rounded — is a rounding warning, not an error.
 */
export function judgeStated(stated: Decimal, statedUnit: Decimal, reference: Decimal, referenceInterval: RoundingInterval): Verdict {
  const verdict = judgeAmounts(stated, RoundingInterval.of(stated, statedUnit), reference, referenceInterval);
  const coarser = statedUnit.greaterThan(referenceInterval.high.minus(referenceInterval.low));
  if (verdict !== "error" || !coarser) return verdict;
  return stated.minus(reference).abs().lessThan(statedUnit) ? "rounding" : "error";
}

/**
 * A printed derived figure (a percentage, a rate, a share) against the interval the printed amounts allow.
 * Inside that interval it agrees: a stated 66.50% is consistent with 2.00 ÷ 3.01, whose printed amounts allow
 * 66.17%–66.72%. Off by at most one printed unit of the figure (99.86% where 99.87% is right: a truncated
 * last digit) it is a rounding warning; further off, an error.
 */
export function judgeDerived(stated: Decimal, statedUnit: Decimal, allowed: RoundingInterval): Verdict {
  const own = RoundingInterval.of(stated, statedUnit);
  if (own.overlaps(allowed)) return "equal";
  const gap = own.high.lessThan(allowed.low) ? allowed.low.minus(own.high) : own.low.minus(allowed.high);
  return gap.lessThanOrEqualTo(statedUnit) ? "rounding" : "error";
}

/**
 * part ÷ whole × 100 as the interval the printed amounts allow; undefined when the whole may be zero or
 * negative (no percentage can be judged then).
 */
export function percentInterval(part: RoundingInterval, whole: RoundingInterval): RoundingInterval | undefined {
  if (!whole.low.greaterThan(0)) return undefined;
  const low = part.low.dividedBy(part.low.isNegative() ? whole.low : whole.high);
  const high = part.high.dividedBy(part.high.isNegative() ? whole.high : whole.low);
  return new RoundingInterval(low.times(HUNDRED), high.times(HUNDRED));
}

/** The most severe of several verdicts. */
export function worstVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes("error")) return "error";
  return verdicts.includes("rounding") ? "rounding" : "equal";
}

/** Unit of a printed percentage with `places` decimals (2 → 0.01 point). */
export function percentUnit(places: number): Decimal {
  return new Decimal(1).dividedBy(new Decimal(10).pow(places));
}
