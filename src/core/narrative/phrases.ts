import { Decimal, HUNDRED, formatFixed } from "../numbers/decimal";
import { fillMark } from "./template/gaps";

/**
 * The domain's standard phrases (docs/domain.md §5): amounts in 万元 with two decimals, growth and share
 * percentages with two decimals, rounding half up (四舍五入), 增加…增长 / 减少…下降 / 持平, 上年无此项.
 */

const PLACES = 2;
const SMALLEST_PERCENT = new Decimal("0.01");

/**
 * How a region prints round figures: `fixed` “0.00万元 / 100.00%” (two decimals always), `plain` “0万元 / 100%”
 * (a zero amount and a whole 0% or 100% without decimals). Every other figure has two decimals either way.
 */
export type NumberStyle = "fixed" | "plain";

/** "536.92" — an amount printed with two decimals, half up; "0" for zero in the plain style. */
export function amountText(value: Decimal, places = PLACES, style: NumberStyle = "fixed"): string {
  if (style === "plain" && printed(value).isZero()) return "0";
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
export function percentText(part: Decimal, whole: Decimal, style: NumberStyle = "fixed"): string | undefined {
  if (whole.isZero()) return undefined;
  const percent = part.dividedBy(whole).times(HUNDRED);
  const rounded = percent.toDecimalPlaces(PLACES, Decimal.ROUND_HALF_UP);
  if (rounded.isZero() && !percent.isZero()) return percent.isNegative() ? "-不足0.01%" : `不足${SMALLEST_PERCENT.toFixed(PLACES)}%`;
  if (style === "plain" && (rounded.isZero() || rounded.equals(HUNDRED))) return `${rounded.toFixed(0)}%`;
  return `${rounded.toFixed(PLACES)}%`;
}

/** “占47.30%”: share of the total named in the sentence. */
export function sharePhrase(part: Decimal, total: Decimal, style: NumberStyle = "fixed"): string | undefined {
  const p = percentText(part, total, style);
  return p === undefined ? undefined : `占${p}`;
}

/** “完成预算99.72%”. */
export function completionPhrase(actual: Decimal, budget: Decimal, style: NumberStyle = "fixed"): string | undefined {
  const p = percentText(actual, budget, style);
  return p === undefined ? undefined : `完成预算${p}`;
}

/**
 * Year-on-year change (与上年相比…): “增加A万元，增长B%” / “减少A万元，下降B%” / “持平”;
 * when last year is 0: “增加A万元（上年无此项{noun}）” — no percentage. Growth = change ÷ |last year| on the
 * printed amounts.
 */
export function changePhrase(current: Decimal, prior: Decimal, noun = "", style: NumberStyle = "fixed"): string {
  const diff = printed(current).minus(printed(prior));
  if (diff.isZero()) return "持平";
  const [moreWord, growWord] = diff.isPositive() ? ["增加", "增长"] : ["减少", "下降"];
  const amount = `${moreWord}${amountText(diff.abs(), PLACES, style)}万元`;
  if (printed(prior).isZero()) return `${amount}（上年无此项${noun}）`;
  return `${amount}，${growWord}${percentText(diff.abs(), printed(prior).abs(), style)}`;
}

/**
 * The gap for the reason of a change (“主要变动原因是：【待填写：主要变动原因】。”), empty when nothing changed:
 * every increase or decrease asks for its reason, a new item (上年无此项) too.
 */
export function reasonPhrase(current: Decimal, prior: Decimal, what = "", subject = ""): string {
  const diff = printed(current).minus(printed(prior));
  if (diff.isZero()) return "";
  return reasonGap(what, printed(prior).isZero(), subject);
}

/**
 * “主要变动原因是：【待填写：主要变动原因】。” (also when last year's figure is not known yet); `subject` names the
 * item in the field's label (“公务接待费 变动原因”).
 */
export function reasonGap(what = "", newItem = false, subject = ""): string {
  return `主要变动原因是：${fillMark(`${what}${newItem ? "上年无此项的原因" : "主要变动原因"}`, subject || what)}。`;
}
