import { HUNDRED, type Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import type { CompletionClaim } from "./extract";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/** “年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%”. */
export function checkCompletion(claim: CompletionClaim, reading: Reading): ClaimIssue[] {
  const { actual, budget, rate } = claim;
  if (actual && !budget && claim.cut) return checkAgainstCut(claim, actual, claim.cut, reading);
  if (!actual || !budget) return [];
  const { num } = writtenUnit(actual);
  const matches = (b: Mention | undefined) => {
    const allowed = b && percentInterval(reading.interval(actual), reading.interval(b));
    return allowed && judgeDerived(rate.value, rate.unit, allowed) === "equal";
  };
  if (claim.budgetWord && claim.alternative && !matches(budget) && matches(claim.alternative)) {
    return [budgetWordsIssue(claim, claim.alternative)];
  }
  if (reading.value(budget).isZero()) return [zeroBudgetIssue(rate, `${quoted(budget)}`)];
  const allowed = percentInterval(reading.interval(actual), reading.interval(budget));
  if (!allowed) return [];
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return coarseBudgetDoubt(claim, reading);
  const expected = percentOf(reading.value(actual), reading.value(budget));
  const equation = `${num(reading.value(actual))}÷${num(reading.value(budget))}`;
  return [
    {
      rule: "completion",
      verdict,
      target: rate,
      involved: [actual, budget],
      subject: "完成预算比例",
      headline: derivedHeadline(verdict, "完成预算比例", rate.text, expected, equation),
      steps: [`决算 ${actual.text}（${actual.label}）`, `预算 ${budget.text}（${budget.label}）`, `${equation} = ${expected}`, `文中写 ${rate.text}`],
      message: `“${[actual, budget]
        .sort((a, b) => a.start - b.start)
        .map(quoted)
        .join("，")}${rate.label === "的" ? "" : "，"}${quoted(rate)}”：${actual.text}÷${budget.text} = ${expected}，文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}

/**
 * “因公出国(境)经费支出1113.81万元,完成年初预算80.7%,比年初预算减少266.46万元” (./extract.ts budgetCut): the budget is the
 * actual less its change against it, 1113.81 + 266.46 = 1380.27, each figure within its printed rounding.
 */
function checkAgainstCut(claim: CompletionClaim, actual: Mention, cut: { change: Mention; up: boolean }, reading: Reading): ClaimIssue[] {
  const { rate } = claim;
  const budget = cutBudget(actual, cut, reading);
  const allowed = percentInterval(reading.interval(actual), budget.interval);
  if (!allowed) return [];
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return [];
  const { num, unit } = writtenUnit(actual);
  const expected = percentOf(reading.value(actual), budget.value);
  const equation = `${num(reading.value(actual))}÷${num(budget.value)}`;
  const named = `${claim.budgetWord ?? ""}预算`;
  const derivation = `${named} = ${num(reading.value(actual))} ${cut.up ? "−" : "+"} ${num(reading.value(cut.change))} = ${num(budget.value)}${unit}`;
  return [
    {
      rule: "completion",
      verdict,
      target: rate,
      involved: [actual, cut.change],
      subject: "完成预算比例",
      headline: derivedHeadline(verdict, "完成预算比例", rate.text, expected, equation),
      steps: [`决算 ${quoted(actual)}`, `${quoted(cut.change)}：${derivation}`, `${equation} = ${expected}`, `文中写 ${rate.text}`],
      message: `“${quoted(actual)}，${quoted(rate)}，${quoted(cut.change)}”：${derivation}，完成比例应为 ${equation} = ${expected}，文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}

/** The budget an actual and its change against it give (“比年初预算减少C”: A + C; “比预算增加C”: A − C). */
export function cutBudget(actual: Mention, cut: { change: Mention; up: boolean }, reading: Reading): { value: Decimal; interval: RoundingInterval } {
  const [a, c] = [reading.interval(actual), reading.interval(cut.change)];
  const value = cut.up ? reading.value(actual).minus(reading.value(cut.change)) : reading.value(actual).plus(reading.value(cut.change));
  return { value, interval: cut.up ? a.minus(c) : a.plus(c) };
}

/** The budget a completion is of: stated, or given by the actual's change against it; undefined when neither. */
export function completionBudget(claim: CompletionClaim, reading: Reading): { value: Decimal; interval: RoundingInterval } | undefined {
  if (claim.budget) return { value: reading.value(claim.budget), interval: reading.interval(claim.budget) };
  return claim.actual && claim.cut ? cutBudget(claim.actual, claim.cut, reading) : undefined;
}

/** Whether a completion's rate holds against its own figures (an amount's own relation: ./total-slips.ts). */
export function completionHolds(claim: CompletionClaim, reading: Reading): boolean {
  const budget = completionBudget(claim, reading);
  const allowed = claim.actual && budget && percentInterval(reading.interval(claim.actual), budget.interval);
  return !!allowed && judgeDerived(claim.rate.value, claim.rate.unit, allowed) === "equal";
}

/**
 * “公务接待费预算为1万元，支出决算为0.53万元，完成预算的47%”: 47% lies within what a whole “1万元” allows
 * (0.53 ÷ 1.5 to 0.53 ÷ 0.5), so it is no error; but read at the 决算's own precision (1.00万元) it is 53.00%. A
 * budget printed coarser than the 决算 it is compared with, and a rate that holds only thanks to that, is a doubt
 * to check — a warning, never an error.
 */
function coarseBudgetDoubt(claim: CompletionClaim, reading: Reading): ClaimIssue[] {
  const { actual, budget, rate } = claim;
  if (!actual || !budget || !budget.unit.greaterThan(actual.unit) || reading.value(budget).isZero()) return [];
  const fine = percentInterval(reading.interval(actual), RoundingInterval.of(reading.value(budget), actual.unit));
  if (!fine || judgeDerived(rate.value, rate.unit, fine) !== "error") return [];
  const { num, unit } = writtenUnit(actual);
  const expected = percentOf(reading.value(actual), reading.value(budget));
  const needed = reading.value(actual).times(HUNDRED).dividedBy(rate.value);
  const equation = `${num(reading.value(actual))}÷${num(reading.value(budget))}`;
  return [
    {
      rule: "completion",
      verdict: "warning",
      target: rate,
      involved: [actual, budget],
      subject: "完成预算比例",
      headline: `完成预算比例写${rate.text}，按预算${num(reading.value(budget))}${unit}应为${expected}（${equation}）；${rate.text}要求预算约${num(needed)}${unit}，而文中预算只写到${budget.text}：请核对预算数或完成比例。`,
      steps: [`决算 ${actual.text}`, `预算 ${budget.text}（小数位少于决算 ${actual.text}）`, `${equation} = ${expected}`, `文中写 ${rate.text}`],
      message: `“${quoted(budget)}，${quoted(actual)}，${quoted(rate)}”：按预算${num(reading.value(budget))}${unit}计算完成比例为${expected}；文中${rate.text}只在预算约${num(needed)}${unit}时成立。`,
      expected,
      actual: rate.printed,
    },
  ];
}

function budgetWordsIssue(claim: CompletionClaim, used: Mention): ClaimIssue {
  const named = claim.budgetWord!;
  const other = named === "年初" ? "全年" : "年初";
  return {
    rule: "budgetWords",
    verdict: "warning",
    target: claim.rate,
    subject: `完成${named}预算比例`,
    headline: `写“完成${named}预算的${claim.rate.text}”，但${claim.rate.text}是决算÷${other}预算（${claim.actual!.text}÷${used.text}），${named}预算为${claim.budget!.text}：应写“完成${other}预算的${claim.rate.text}”。`,
    steps: [`${named}预算 ${claim.budget!.text}`, `${other}预算 ${used.text}`, `${claim.actual!.text} ÷ ${used.text} = ${claim.rate.text}`],
    message: `“${quoted(claim.rate)}”：所写百分比按${other}预算${used.text}计算，与“${named}预算”（${claim.budget!.text}）的说法不符。`,
    expected: `完成${other}预算的${claim.rate.text}`,
  };
}

/** 完成预算% with a budget of 0: there is no percentage to state. */
export function zeroBudgetIssue(rate: Mention, budgetWhere: string): ClaimIssue {
  return {
    rule: "zeroBudget",
    verdict: "warning",
    target: rate,
    subject: "完成预算比例",
    headline: `预算数为0（${budgetWhere}），“${quoted(rate)}”无从计算，应写“未安排预算”或删去百分比。`,
    steps: [`预算数 = 0（${budgetWhere}）`, "完成预算% = 决算 ÷ 预算，分母为0"],
    message: `“${quoted(rate)}”：预算数为0（${budgetWhere}），完成预算的百分比无从计算。`,
  };
}
