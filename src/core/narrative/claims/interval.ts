import { Decimal, HUNDRED } from "../../numbers/decimal";
export { percentInterval } from "../../numbers/verdict";
import { RoundingInterval } from "../../numbers/rounding-interval";
import type { Mention } from "./mentions";

/** The printed number as the interval of true values it may stand for (尾差 model, domain.md §3.3). */
export function intervalOf(m: Mention): RoundingInterval {
  return RoundingInterval.of(m.value, m.unit);
}


/** Percent with two decimals, half up (“100.00%”). */
export function percentOf(part: Decimal, whole: Decimal): string {
  return `${part.dividedBy(whole).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%`;
}
