import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isBound } from "./binding";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/** “资金节约率达14.41%”, “节约率为16%”, “节支率”: a saving as a share of what was planned. */
export const SAVING_RATE = /(?:节约|节省|节支|节资)率/;
/** “较采购计划节约资金5.51亿元”, “共节约资金”, “节省”. */
export const SAVING = /节约|节省|节支/;
/** “采购计划金额共计97156.16万元”, “采购预算”: what was planned, when stated. */
const PLAN = /计划|预算/;
/** “约”: an amount stated roughly relates to nothing exactly (“节约” is no “约”). */
const ROUGH = /(?<!节)约(?:为|是|有|计|合)?\s*$/;

/**
 * “全市政府采购规模为32.72亿元,较采购计划节约资金5.51亿元,资金节约率达14.41%”: the rate is the saving (the amount right
 * before it in its clause, named a saving) ÷ what was planned — the plan when the clause states it (“采购计划金额共计
 * 97156.16万元,实际采购金额共计81298.42万元,共节约资金15857.74万元,节约率为16%”), else what was spent + the saving
 * (5.51 ÷ 38.23 = 14.41%). A bound (“节约资金超过100亿元”) or a rough amount relates to nothing exactly: left alone.
 */
export function checkSavingRates(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  return s.mentions.flatMap((rate): ClaimIssue[] => {
    if (rate.kind !== "percent" || !SAVING_RATE.test(rate.label)) return [];
    const before = s.mentions.filter((m) => m.kind === "amount" && m.end <= rate.start && m.clause === rate.clause);
    const saving = before[before.length - 1];
    if (!saving || !SAVING.test(saving.label) || [saving, ...before].some((m) => isBound(m) || ROUGH.test(m.rawLabel))) return [];
    const earlier = before.slice(0, -1);
    const plans = earlier.filter((m) => PLAN.test(m.label) && !SAVING.test(m.label));
    const spent = earlier[earlier.length - 1];
    if (plans.length > 1 || (plans.length === 0 && !spent)) return [];
    return savingRateIssue(rate, saving, plans[0], plans[0] ? undefined : spent, reading);
  });
}

/** The saving rate judged as saving ÷ the plan stated, else ÷ (what was spent + the saving). */
export function savingRateIssue(rate: Mention, saving: Mention, plan: Mention | undefined, spent: Mention | undefined, reading: Reading): ClaimIssue[] {
  const base = plan ? reading.interval(plan) : reading.interval(spent!).plus(reading.interval(saving));
  const baseValue = plan ? reading.value(plan) : reading.value(spent!).plus(reading.value(saving));
  const allowed = percentInterval(reading.interval(saving), base);
  if (!allowed) return [];
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return [];
  const { num, unit } = writtenUnit(saving);
  const expected = percentOf(reading.value(saving), baseValue);
  const equation = `${num(reading.value(saving))}÷${num(baseValue)}`;
  const baseWords = plan ? quoted(plan) : `${spent!.text} + 节约${saving.text} = ${num(baseValue)}${unit}（计划数）`;
  return [
    {
      rule: "saving",
      verdict,
      target: rate,
      involved: plan ? [saving, plan] : [saving, spent!],
      subject: "节约率",
      headline: derivedHeadline(verdict, "节约率", rate.text, expected, equation),
      steps: [`节约 ${saving.text}`, baseWords, `节约率 = ${equation} = ${expected}`, `文中写 ${rate.text}`],
      message: `“${quoted(saving)}，${quoted(rate)}”：节约率应为 ${equation} = ${expected}（${baseWords}），文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}
