import { Decimal, HUNDRED, formatFixed } from "../numbers/decimal";

/**
 * The domain's standard phrases (domain.md §5): amounts in 万元 with two decimals, growth and share
 * percentages with two decimals, rounding half up (四舍五入), 增加…增长 / 减少…下降 / 持平, 上年无此项.
 */

const PLACES = 2;
const SMALLEST_PERCENT = new Decimal("0.01");

/** "536.92" — an amount printed with two decimals, half up. */
export function amountText(value: Decimal, places = PLACES): string {
  return formatFixed(value, places);
}

/** Amount as it will be printed (two decimals): the value phrases compute with. */
export function printed(value: Decimal): Decimal {
  return value.toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP);
}

/**
 * part ÷ whole as "47.30%"; a positive share that rounds to 0.00 reads "不足0.01%".
 * Undefined when the whole is zero (no percentage exists).
 */
export function percentText(part: Decimal, whole: Decimal): string | undefined {
  if (whole.isZero()) return undefined;
  const percent = part.dividedBy(whole).times(HUNDRED);
  const rounded = percent.toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP);
  if (rounded.isZero() && !percent.isZero()) return percent.isNegative() ? "-不足0.01%" : `不足${SMALLEST_PERCENT.toFixed(PLACES)}%`;
  return `${rounded.toFixed(PLACES)}%`;
}

/** “占47.30%”: share of the total named in the sentence. */
export function sharePhrase(part: Decimal, total: Decimal): string | undefined {
  const p = percentText(part, total);
  return p === undefined ? undefined : `占${p}`;
}

/** “完成预算99.72%”. */
export function completionPhrase(actual: Decimal, budget: Decimal): string | undefined {
  const p = percentText(actual, budget);
  return p === undefined ? undefined : `完成预算${p}`;
}

/**
 * Year-on-year change (与上年相比…): “增加A万元，增长B%” / “减少A万元，下降B%” / “持平”;
 * when last year is 0: “增加A万元，上年无此项{noun}”. Growth = change ÷ |last year| on the printed amounts.
 */
export function changePhrase(current: Decimal, prior: Decimal, noun = ""): string {
  const diff = printed(current).minus(printed(prior));
  if (diff.isZero()) return "持平";
  const [moreWord, growWord] = diff.isPositive() ? ["增加", "增长"] : ["减少", "下降"];
  const amount = `${moreWord}${amountText(diff.abs())}万元`;
  if (printed(prior).isZero()) return `${amount}，上年无此项${noun}`;
  return `${amount}，${growWord}${percentText(diff.abs(), printed(prior).abs())}`;
}
