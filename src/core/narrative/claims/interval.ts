import { Decimal, HUNDRED } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import type { Mention } from "./mentions";

/** The printed number as the interval of true values it may stand for (尾差 model, domain.md §3.3). */
export function intervalOf(m: Mention): RoundingInterval {
  return RoundingInterval.of(m.value, m.unit);
}

/** part ÷ whole × 100 as an interval; undefined when the whole may be zero or negative. */
export function percentInterval(part: RoundingInterval, whole: RoundingInterval): RoundingInterval | undefined {
  if (!whole.low.isPositive()) return undefined;
  const low = part.low.dividedBy(part.low.isNegative() ? whole.low : whole.high);
  const high = part.high.dividedBy(part.high.isNegative() ? whole.high : whole.low);
  return new RoundingInterval(low.times(HUNDRED), high.times(HUNDRED));
}

/** Percent with two decimals, half up (“100.00%”). */
export function percentOf(part: Decimal, whole: Decimal): string {
  return `${part.dividedBy(whole).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}
