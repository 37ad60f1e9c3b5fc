import { Decimal, ZERO } from "./decimal";

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
