import { judgeDerived } from "../../numbers/verdict";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { SAVING, SAVING_RATE, savingRateIssue } from "./saving-rate";

/**
 * “全省共实施政府采购预算489亿元，实际支付426.79亿元，节约预算资金62.2亿元，资金节约率为12.71%”: what was saved is the
 * budget less what was spent, and the saving rate is the saving over the budget. Tied with certainty only when the
 * paragraph states, outside any “其中” list, these three amounts and no other — the budget (预算 words), the actual
 * (实际 / 支付 / 执行 words), the saving (节约 / 节省 / 节支 words) — and at most one saving rate; a bound (“节约资金超过100亿元”) is
 * no saving. A sum beyond rounding is an error at the saving naming the other two (the text alone cannot say which of
 * the three is wrong); a rate beyond rounding an error at the rate.
 */
export function checkSavings(at: ParsedParagraph, reading: Reading): Located[] {
  const stated = statedSaving(at);
  if (!stated) return [];
  const { saving, budget, actual, rate } = stated;
  const issues = [sumIssue(saving, budget, actual, reading), ...(rate ? savingRateIssue(rate, saving, budget, undefined, reading) : [])];
  return issues.flatMap((issue) => (issue ? [{ issue, at }] : []));
}

/**
 * The paragraph's one budget, actual and saving (and at most one saving rate), when it states them as above. Where it
 * does, this check owns the saving rate: the rate alone (claims/saving-rate.ts) would blame it for a wrong saving.
 */
export function statedSaving(at: ParsedParagraph): { saving: Mention; budget: Mention; actual: Mention; rate?: Mention } | undefined {
  // a “其中” inside a sentence opens a list of parts; one opening the sentence (“其中,市本级完成政府采购预算12.2亿元,实际
  // 采购金额10.31亿元,…节约资金1.89亿元”) only says whose figures follow
  const whole = at.sentences.flatMap((s) => {
    const list = s.sentence.slice(1).search(/其中/) + 1;
    return s.mentions.filter((m) => m.groupSize === 1 && m.depth === 0 && (list <= 0 || m.start < s.start + list));
  });
  const amounts = whole.filter((m) => m.kind === "amount" && !BOUND_OR_APPROXIMATE.test(m.rawLabel));
  const savings = amounts.filter((m) => SAVING.test(m.label));
  const budgets = amounts.filter((m) => BUDGET.test(m.label) && !SAVING.test(m.label));
  const actuals = amounts.filter((m) => ACTUAL.test(m.label) && !BUDGET.test(m.label) && !SAVING.test(m.label));
  const rates = whole.filter((m) => m.kind === "percent" && SAVING_RATE.test(m.label));
  // nothing else stated outside the lists: an amount of the budget's words in another year (“预算为2513.6万元,上年2600
  // 万元”) would make the budget uncertain
  if (amounts.length !== 3 || savings.length !== 1 || budgets.length !== 1 || actuals.length !== 1 || rates.length > 1) return undefined;
  return { saving: savings[0], budget: budgets[0], actual: actuals[0], ...(rates.length === 1 && { rate: rates[0] }) };
}

const BUDGET = /预算|计划/;
const ACTUAL = /实际|支付|执行/;
const BOUND_OR_APPROXIMATE = /(?:突破|超过|逾|将近|接近|近|约)\s*$/;

function sumIssue(saving: Mention, budget: Mention, actual: Mention, reading: Reading): ClaimIssue | undefined {
  const left = reading.value(budget).minus(reading.value(actual));
  // the saving is derived from the two: agreeing anywhere within what their printing allows is agreeing
  const verdict = judgeDerived(reading.value(saving), saving.unit, reading.interval(budget).minus(reading.interval(actual)));
  if (verdict === "equal") return undefined;
  const { num, unit } = writtenUnit(saving);
  const equation = `${num(reading.value(budget))} − ${num(reading.value(actual))} = ${num(left)}${unit}`;
  return {
    rule: "saving",
    verdict,
    target: saving,
    involved: [budget, actual],
    subject: saving.label || "节约额",
    headline:
      verdict === "rounding"
        ? `${saving.label}写${saving.text}，按 ${equation}，相差在四舍五入尾差范围内，请确认。`
        : `${saving.label}写${saving.text}，而${budget.label}${budget.text}减${actual.label}${actual.text}为${num(left)}${unit}：预算、实际或节约额有误。`,
    steps: [`${budget.label} ${budget.text}`, `${actual.label} ${actual.text}`, equation, `文中写 ${saving.text}`],
    message: `“${saving.rawLabel}${saving.text}”：${budget.label}${budget.text} − ${actual.label}${actual.text} = ${num(left)}${unit}，文中写${saving.text}。`,
    expected: num(left),
    actual: saving.printed,
  };
}
