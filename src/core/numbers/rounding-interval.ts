import { Decimal, ZERO } from "./decimal";

/** How far a figure written “约X” may be from X, as a share of X (RoundingInterval.approximate). */
export const APPROXIMATION = new Decimal("0.1");

/**
 * 尾差 model (XBRL Calculations 1.1, round-to-nearest): a printed amount v with last unit u stands for any
 * true value in [v − u/2, v + u/2]. A sum is consistent when the total's interval overlaps the sum of the
 * parts' intervals.
 */
export class RoundingInterval {
  constructor(
    readonly low: Decimal,
    readonly high: Decimal,
  ) {}

  static of(value: Decimal, unit: Decimal): RoundingInterval {
    const half = unit.dividedBy(2);
    return new RoundingInterval(value.minus(half), value.plus(half));
  }

  /**
   * A figure written “约X” (about X): any true value within a tenth of X, and at least within its printed
   * rounding. “约” figures are rounded loosely (a report's “约4.9亿元” for parts adding to 5.04亿元, “约占70%” for
   * 71.4%), so only a difference beyond this is a doubt worth showing — and never more than a warning.
   */
  static approximate(value: Decimal, unit: Decimal): RoundingInterval {
    const spread = Decimal.max(unit.dividedBy(2), value.abs().times(APPROXIMATION));
    return new RoundingInterval(value.minus(spread), value.plus(spread));
  }

  static exact(value: Decimal): RoundingInterval {
    return new RoundingInterval(value, value);
  }

  static readonly ZERO = new RoundingInterval(ZERO, ZERO);

  plus(other: RoundingInterval): RoundingInterval {
    return new RoundingInterval(this.low.plus(other.low), this.high.plus(other.high));
  }

  minus(other: RoundingInterval): RoundingInterval {
    return new RoundingInterval(this.low.minus(other.high), this.high.minus(other.low));
  }

  scale(factor: Decimal): RoundingInterval {
    const a = this.low.times(factor);
    const b = this.high.times(factor);
    return a.lessThanOrEqualTo(b) ? new RoundingInterval(a, b) : new RoundingInterval(b, a);
  }

  overlaps(other: RoundingInterval): boolean {
    return this.low.lessThanOrEqualTo(other.high) && other.low.lessThanOrEqualTo(this.high);
  }

  /** Some value in this interval is ≥ some value in the other. */
  canBeAtLeast(other: RoundingInterval): boolean {
    return this.high.greaterThanOrEqualTo(other.low);
  }
}

export function sumIntervals(parts: readonly RoundingInterval[]): RoundingInterval {
  return parts.reduce((acc, p) => acc.plus(p), RoundingInterval.ZERO);
}
