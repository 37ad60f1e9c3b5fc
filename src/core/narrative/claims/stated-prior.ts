import { Decimal } from "../../numbers/decimal";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import { isShorterPeriodBase } from "./binding";
import type { ChangeClaim } from "./extract";
import { percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “预算总额为1969万元，较2024年的2190万元减少221万元” (or “实际支出B万元，比预算减少C万元”): the change is the
 * difference of the two amounts stated.
 */
export function checkDifference(claim: ChangeClaim, current: Mention, prior: Mention, reading: Reading): ClaimIssue[] | undefined {
  const { num, unit } = writtenUnit(current);
  const { change } = claim;
  const signed = claim.up ? reading.interval(change) : reading.interval(change).scale(new Decimal(-1));
  const difference = reading.value(current).minus(reading.value(prior));
  const verdict = judgeAmounts(claim.up ? change.value : change.value.negated(), signed, difference, reading.interval(current).minus(reading.interval(prior)));
  // a bound (“减少1.8亿多元”) the amounts allow states nothing more exact to confirm
  if (verdict === "equal" || (verdict === "rounding" && change.atLeast)) return undefined;
  const right = `${difference.isNegative() ? "减少" : "增加"}${num(difference.abs())}${unit}`;
  const written = `${claim.up ? "增加" : "减少"}${change.text}`;
  const [now, then] = comparedWords(claim, current, prior);
  return [
    {
      rule: "difference",
      verdict,
      target: change,
      involved: [current, prior],
      subject: "增减额",
      headline:
        verdict === "rounding"
          ? `写“${written}”，按 ${num(reading.value(current))} − ${num(reading.value(prior))} 为${right}，相差在四舍五入尾差范围内，请确认。`
          : `写“${written}”，应为“${right}”（${now}${current.text} − ${then}${prior.text}）。`,
      steps: [
        `${now} ${quoted(current)}`,
        `${then} ${quoted(prior)}`,
        `${num(reading.value(current))} − ${num(reading.value(prior))} = ${num(difference)}${unit}`,
        `文中写 ${written}`,
      ],
      message: `“${quoted(change)}”：${now}${current.text}、${then}${prior.text}，增减额应为${right}，文中写${written}。`,
      expected: difference.isNegative() === !claim.up ? num(difference.abs()) : right,
      actual: change.printed,
    },
  ];
}

/**
 * “2016年预算8万元，2015年预算12.5万元；对比减少4.35万元；减少率35.22%”: the change and its rate agree with this
 * year's amount (4.35 ÷ (8 + 4.35) = 35.22%) and the rate contradicts the stated prior beyond rounding (4.35 ÷ 12.5 =
 * 34.80%): the prior is the slip — one error naming it, with the value the other three give (8 + 4.35 = 12.35).
 */
export function priorSlip(claim: ChangeClaim, current: Mention, prior: Mention, reading: Reading): ClaimIssue[] | undefined {
  const { change, percent } = claim;
  if (!percent || claim.percentUp !== claim.up) return undefined;
  const delta = reading.interval(change);
  const fromPrior = percentInterval(delta, reading.interval(prior));
  const derivedPrior = claim.up ? reading.interval(current).minus(delta) : reading.interval(current).plus(delta);
  const fromCurrent = percentInterval(delta, derivedPrior);
  if (!fromPrior || !fromCurrent || judgeDerived(percent.value, percent.unit, fromPrior) !== "error") return undefined;
  if (judgeDerived(percent.value, percent.unit, fromCurrent) !== "equal") return undefined;
  const { num, unit } = writtenUnit(prior);
  const right = claim.up ? reading.value(current).minus(change.value) : reading.value(current).plus(change.value);
  const [now, then] = comparedWords(claim, current, prior);
  const sign = claim.up ? "−" : "+";
  const moreWord = claim.up ? "增加" : "减少";
  const rateWord = claim.up ? "增长" : "下降";
  return [
    {
      rule: "difference",
      verdict: "error",
      target: prior,
      involved: [current, change, percent],
      subject: `${then}数`,
      headline: `${then}写${prior.text}，应为${num(right)}${unit}：${now}${current.text}${moreWord}${change.text}、${rateWord}${percent.text}都指向${num(right)}${unit}（${num(reading.value(current))} ${sign} ${num(change.value)}），按${prior.text}计算${rateWord}率应为${percentOf(change.value, reading.value(prior))}。`,
      steps: [
        `${now} ${quoted(current)}，${moreWord} ${change.text}`,
        `${then} = ${num(reading.value(current))} ${sign} ${num(change.value)} = ${num(right)}${unit}`,
        `${num(change.value)}÷${num(right)} 与所写 ${percent.text} 相符`,
        `文中${then}写 ${prior.text}`,
      ],
      message: `“${quoted(prior)}”：${now}数、增减额与${rateWord}率都指向${then}${num(right)}${unit}，文中写${prior.text}。`,
      expected: num(right),
      actual: prior.printed,
    },
  ];
}

/**
 * What the two amounts are called, by their words: 实际 and 预算, 调整后 and 调整前 (a revision), this and last month or
 * quarter (本期, 上期), or this and last year — also two years' budgets (“部门预算451.62万元比2014年部门预算287.17万元增加…”:
 * the amount compared with a budget is itself one, so neither is 实际).
 */
function comparedWords(claim: ChangeClaim, current: Mention, prior: Mention): [string, string] {
  if (claim.againstBudget && !BUDGET_ITSELF.test(current.label)) return ["实际", "预算"];
  if (claim.revised) return ["调整后", "调整前"];
  return isShorterPeriodBase(prior) ? ["本期", "上期"] : ["本年", "上年"];
}

/** Words naming an amount as a budget (“部门预算”, “预算数为”, “预算总额”), not a fund (“一般公共预算支出”) nor an actual. */
const BUDGET_ITSELF = /预算(?:数|额|总额|安排)?(?:为|是|共)?$/;
