import { Decimal, HUNDRED, formatFixed } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import type { Claim, SentenceClaims } from "./extract";
import { namesSameFigure } from "./figures";
import { derivedHeadline, percentOf, quoted, wan, writtenLike, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/** A total a sentence names (“占本年支出合计的…”), found in the tables or elsewhere in the text. */
export type TotalResolver = (name: string) => { value: Decimal; unit: Decimal; where: string; mention?: Mention } | undefined;

const HUNDRED_INTERVAL = RoundingInterval.exact(HUNDRED);

/**
 * Checks a sentence against its own arithmetic (docs/domain.md §5): growth = change ÷ last year, shares =
 * part ÷ total, completion = actual ÷ budget, direction words agree, shares of one list add up to 100%.
 * A change is judged only against the amount it is tied to with certainty (./binding.ts). Figures already
 * found wrong against the tables are read at their table value, so one slip is reported once.
 */
export function checkArithmetic(s: SentenceClaims, resolveTotal: TotalResolver, reading: Reading): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  for (const claim of s.claims) {
    if (claim.kind === "change") issues.push(...checkChange(claim, reading));
    if (claim.kind === "completion") issues.push(...checkCompletion(claim, reading));
  }
  issues.push(...checkShareLists(s, resolveTotal, reading));
  return issues;
}

export type ChangeClaim = Extract<Claim, { kind: "change" }>;

/**
 * A change whose words leave both directions (“减少(增加)0.11万元，同比下降(增加)6%”) is judged both ways: an error
 * only when neither direction holds (the leftover words themselves are the form check's).
 */
function checkChange(claim: ChangeClaim, reading: Reading): ClaimIssue[] {
  if (!claim.eitherWay) return checkOneWay(claim, reading);
  const fails = (issues: ClaimIssue[]) => issues.some((issue) => issue.verdict === "error");
  const flipped: ChangeClaim = { ...claim, up: !claim.up, percentUp: claim.percentUp === undefined ? undefined : !claim.percentUp };
  const asWritten = checkOneWay(claim, reading);
  return fails(asWritten) && fails(checkOneWay(flipped, reading)) ? asWritten.filter((issue) => issue.verdict === "error") : [];
}

function checkOneWay(claim: ChangeClaim, reading: Reading): ClaimIssue[] {
  const { change, percent } = claim;
  const moreWord = claim.up ? "增加" : "减少";
  const rateWord = claim.up ? "增长" : "下降";
  if (percent && claim.percentUp !== claim.up) {
    return [
      {
        rule: "direction",
        verdict: "error",
        target: percent,
        subject: "增减方向",
        headline: `金额写“${moreWord}${change.text}”，百分比却写“${claim.percentUp ? "增长" : "下降"}${percent.text}”，方向矛盾：应为“${rateWord}”。`,
        steps: [`${moreWord}${change.text}`, `${claim.percentUp ? "增长" : "下降"}${percent.text}`],
        message: `“${moreWord}${change.text}，${claim.percentUp ? "增长" : "下降"}${percent.text}”：金额与百分比的增减方向矛盾。`,
        expected: rateWord,
        actual: claim.percentUp ? "增长" : "下降",
      },
    ];
  }
  if (change.value.isZero()) {
    return [
      {
        rule: "flat",
        verdict: "warning",
        target: change,
        subject: "增减额",
        headline: `写“${moreWord}${change.text}${percent ? `，${rateWord}${percent.text}` : ""}”，变化为0，应写“持平”。`,
        steps: [`${moreWord}${change.text} = 0`],
        message: `“${moreWord}${change.text}”：变化为0，应写“持平”（或“与上年持平”）。`,
        expected: "持平",
      },
    ];
  }
  const subject = claim.subject?.certain ? claim.subject.to : undefined;
  if (claim.prior && subject)
    return priorSlip(claim, subject, claim.prior, reading) ?? checkDifference(claim, subject, claim.prior, reading) ?? checkGrowth(claim, subject, reading);
  return subject ? checkGrowth(claim, subject, reading) : checkEveryCandidate(claim, reading);
}

/**
 * A rate whose change may belong to several amounts (“总预算A，其中：基本支出B，项目支出C，同比增加D，增长p%”) accuses
 * none of them; but when it fails under every one, something is wrong whichever was meant — a warning that says
 * what each reading gives and what to check, never an error.
 */
function checkEveryCandidate(claim: ChangeClaim, reading: Reading): ClaimIssue[] {
  const candidates = claim.subject?.candidates ?? [];
  const { percent, change } = claim;
  if (!percent || candidates.length < 2) return [];
  const failures = candidates.map((c) => checkGrowth(claim, c, reading).find((issue) => issue.rule === "growth" && issue.verdict === "error"));
  if (failures.some((f) => !f)) return [];
  const readings = candidates.map((c, i) => `按${c.label || "该项"}${c.text}：应为${failures[i]!.expected}`);
  const rateWord = claim.up ? "增长" : "下降";
  return [
    {
      rule: "growth",
      verdict: "warning",
      target: percent,
      involved: [change],
      subject: `${rateWord}率`,
      headline: `“${rateWord}${percent.text}”不知是哪个金额的${rateWord}率，而按句中每个可能的金额计算都不是${percent.text}（${readings.join("；")}）：请核对增减额、${rateWord}率或所指的金额。`,
      steps: [...readings, `文中写 ${percent.text}`],
      message: `“${claim.up ? "增加" : "减少"}${change.text}，${rateWord}${percent.text}”：增减额可属于${candidates.map((c) => c.text).join("或")}，按其中任何一个计算，${rateWord}率都不是${percent.text}。`,
      actual: percent.printed,
    },
  ];
}

/**
 * Whether a change's own figures confirm it exactly — the prior amount stated with it (“较2024年的2190万元减少221
 * 万元”), else its rate against the amount it is surely tied to — read at `value` when given (a correction tried).
 */
export function changeConfirmed(claim: ChangeClaim, reading: Reading, value?: Decimal): boolean {
  const subject = claim.subject?.certain ? claim.subject.to : undefined;
  if (!subject || claim.eitherWay) return false;
  const change = value ?? reading.value(claim.change);
  const delta = value ? RoundingInterval.of(value, claim.change.unit) : reading.interval(claim.change);
  const sign = new Decimal(claim.up ? 1 : -1);
  if (claim.prior) {
    const difference = reading.interval(subject).minus(reading.interval(claim.prior));
    const stated = reading.value(subject).minus(reading.value(claim.prior));
    return judgeAmounts(change.times(sign), delta.scale(sign), stated, difference) === "equal";
  }
  if (!claim.percent || claim.percentUp !== claim.up) return false;
  const current = reading.interval(subject);
  const allowed = percentInterval(delta, claim.up ? current.minus(delta) : current.plus(delta));
  return !!allowed && judgeDerived(claim.percent.value, claim.percent.unit, allowed) === "equal";
}

/**
 * “预算总额为1969万元，较2024年的2190万元减少221万元” (or “实际支出B万元，比预算减少C万元”): the change is the
 * difference of the two amounts stated.
 */
function checkDifference(claim: ChangeClaim, current: Mention, prior: Mention, reading: Reading): ClaimIssue[] | undefined {
  const { num, unit } = writtenUnit(current);
  const { change } = claim;
  const signed = claim.up ? reading.interval(change) : reading.interval(change).scale(new Decimal(-1));
  const difference = reading.value(current).minus(reading.value(prior));
  const verdict = judgeAmounts(claim.up ? change.value : change.value.negated(), signed, difference, reading.interval(current).minus(reading.interval(prior)));
  // a bound (“减少1.8亿多元”) the amounts allow states nothing more exact to confirm
  if (verdict === "equal" || (verdict === "rounding" && change.atLeast)) return undefined;
  const right = `${difference.isNegative() ? "减少" : "增加"}${num(difference.abs())}${unit}`;
  const written = `${claim.up ? "增加" : "减少"}${change.text}`;
  const [now, then] = claim.againstBudget ? ["实际", "预算"] : ["本年", "上年"];
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
function priorSlip(claim: ChangeClaim, current: Mention, prior: Mention, reading: Reading): ClaimIssue[] | undefined {
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
  const [now, then] = claim.againstBudget ? ["实际", "预算"] : ["本年", "上年"];
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

function checkGrowth(claim: ChangeClaim, subject: Mention, reading: Reading): ClaimIssue[] {
  const { num, unit } = writtenUnit(subject);
  const { change, percent, prior: stated } = claim;
  if (!percent) return [];
  const moreWord = claim.up ? "增加" : "减少";
  const rateWord = claim.up ? "增长" : "下降";
  const current = reading.interval(subject);
  const delta = reading.interval(change);
  const prior = stated ? reading.interval(stated) : claim.up ? current.minus(delta) : current.plus(delta);
  const priorValue = stated ? reading.value(stated) : claim.up ? reading.value(subject).minus(change.value) : reading.value(subject).plus(change.value);
  const allowed = percentInterval(delta, prior);
  const currentText = `${num(reading.value(subject))}${unit}`;
  if (!allowed) {
    // a prior that only rounding could bring to 0 (“1万元，增加0.5万元，增长100%”: 0.50) leaves the rate unjudged
    if (!priorValue.isZero()) return [];
    return [
      {
        rule: "zeroBase",
        verdict: "warning",
        target: percent,
        involved: [subject, change],
        subject: "增长率",
        headline: `本年${currentText}、${moreWord}${change.text}，上年为0（上年无此项），不应写“${rateWord}${percent.text}”，应写“上年无此项”。`,
        steps: [`上年 = ${num(reading.value(subject))} ${claim.up ? "−" : "+"} ${num(change.value)} = ${num(priorValue)}${unit}`, "上年为0，增长率无从计算"],
        message: `“${moreWord}${change.text}，${rateWord}${percent.text}”：按本年${currentText}推算上年为${num(priorValue)}${unit}，上年无此项时不应写百分比，应写“上年无此项”。`,
      },
    ];
  }
  const verdict = judgeDerived(percent.value, percent.unit, allowed);
  if (verdict === "equal" || (verdict === "rounding" && change.atLeast)) return [];
  const expected = percentOf(change.value, priorValue);
  const equation = `${num(change.value)}÷${num(priorValue)}`;
  return [
    {
      rule: "growth",
      verdict,
      target: percent,
      involved: [subject, change],
      subject: `${rateWord}率`,
      headline: derivedHeadline(verdict, `${rateWord}率`, percent.text, expected, equation),
      steps: [
        `本年 ${currentText}，${moreWord} ${change.text}`,
        `上年 = ${num(reading.value(subject))} ${claim.up ? "−" : "+"} ${num(change.value)} = ${num(priorValue)}${unit}`,
        `${rateWord}率 = ${equation} = ${expected}`,
        `文中写 ${percent.text}`,
      ],
      message: `“${moreWord}${change.text}，${rateWord}${percent.text}”：本年${currentText}，则上年为${num(priorValue)}${unit}，${rateWord}率应为 ${equation} = ${expected}，文中写${percent.text}。`,
      expected,
      actual: percent.printed,
    },
  ];
}

type CompletionClaim = Extract<Claim, { kind: "completion" }>;

/** “年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%”. */
function checkCompletion(claim: CompletionClaim, reading: Reading): ClaimIssue[] {
  const { actual, budget, rate } = claim;
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

type ShareClaim = Extract<Claim, { kind: "share" }>;

function checkShareLists(s: SentenceClaims, resolveTotal: TotalResolver, reading: Reading): ClaimIssue[] {
  const shares = s.claims.filter((c): c is ShareClaim => c.kind === "share");
  const issues: ClaimIssue[] = [];
  for (let list = 0; list < s.listTotals.length; list++) {
    const members = shares.filter((c) => c.list === list);
    const total = s.listTotals[list] ?? (list === 0 ? confirmedOpening(members, s.openingTotal, reading) : undefined);
    issues.push(...checkShareList(members, total, resolveTotal, reading));
  }
  return issues;
}

/** The amount a “其中…” sentence breaks down, when the parts it lists add up to it (they confirm the tie). */
function confirmedOpening(members: ShareClaim[], opening: Mention | undefined, reading: Reading): Mention | undefined {
  // “…收入633.8亿元。其中，税收收入515.4亿元，…，税收占比81.3%”: a share naming its part, of no whole in words, in a “其中”
  // sentence is of the amount broken down
  if (opening && members.length === 1 && members[0].named && !members[0].totalName) return opening;
  if (!opening || members.length < 2) return undefined;
  const sum = members.reduce((acc, c) => acc.plus(reading.value(c.part)), new Decimal(0));
  const parts = sumIntervals(members.map((c) => reading.interval(c.part)));
  return judgeAmounts(reading.value(opening), reading.interval(opening), sum, parts) === "equal" ? opening : undefined;
}

function checkShareList(members: ShareClaim[], listTotal: Mention | undefined, resolveTotal: TotalResolver, reading: Reading): ClaimIssue[] {
  const partsSum = sumIntervals(members.map((c) => reading.interval(c.part)));
  const sharesSum = sumIntervals(members.map((c) => RoundingInterval.of(c.share.value, c.share.unit)));
  const complete = members.length > 1 && sharesSum.overlaps(HUNDRED_INTERVAL);
  const named = members.some((m) => m.totalName);
  // the parts and their shares agree with each other and not with the stated total: the total is the slip
  const totalSlip = complete && listTotal && !named ? listSumIssue(members, listTotal, partsSum, reading) : undefined;
  if (totalSlip?.verdict === "error" && members.every((c) => !checkShare(c, partsTotal(partsSum), reading))) {
    return [
      {
        ...totalSlip,
        headline: `所述合计${listTotal!.text}，其中各项之和为${totalSlip.expected}万元，各项占比也与之相符：合计应为${totalSlip.expected}万元。`,
      },
    ];
  }
  const judged = members.map((claim) => {
    const total = totalFor(claim, listTotal, complete ? partsSum : undefined, resolveTotal, reading);
    return { claim, total, issue: total && checkShare(claim, total, reading) };
  });
  // a total named in words (“占全国政府采购规模的”) is stated apart from the list: the list cannot be its slip
  const slip = complete && members.every((c) => c.totalName) ? partSlip(judged, reading) : undefined;
  const issues: ClaimIssue[] = judged.flatMap((j) => (slip && j.issue?.target === slip.target ? [slip.issue] : j.issue ? [j.issue] : []));
  // shares of one parent named in words may overlap (中小企业 and 小微企业 of 政府采购规模); the items of one list
  // (“货物、工程、服务…分别为A、B和C，占…比例为p、q和r”) are siblings, whose shares cannot exceed 100%
  const siblings = members.every((c) => c.share.groupSize === members.length && c.share.group === members[0].share.group);
  if (members.length > 1 && !complete && (!named || siblings) && sharesSum.low.greaterThan(HUNDRED)) issues.push(shareSumIssue(members));
  if (complete && listTotal && !named) {
    const issue = listSumIssue(members, listTotal, partsSum, reading);
    if (issue) issues.push(issue);
  }
  return issues;
}

/**
 * “中央预算单位、地方预算单位政府采购规模分别为2890.7亿元和30400.7亿元，占全国政府采购规模的8.1%和91.9%” (全国 33067.0):
 * in a list whose shares make up the whole, one share fails, every other holds, and the part read as the total − the
 * other parts (2666.3) agrees with the share written: the amount is the slip, not the share — one finding naming it.
 */
function partSlip(
  judged: { claim: ShareClaim; total?: ShareTotal; issue?: ClaimIssue }[],
  reading: Reading,
): { target: Mention; issue: ClaimIssue } | undefined {
  const failing = judged.filter((j) => j.issue);
  if (failing.length !== 1 || failing[0].issue!.verdict !== "error" || !failing[0].total) return undefined;
  const { claim, total } = failing[0] as { claim: ShareClaim; total: ShareTotal };
  const others = judged.filter((j) => j !== failing[0]).map((j) => j.claim.part);
  const right = total.value.minus(others.reduce((acc, m) => acc.plus(reading.value(m)), new Decimal(0)));
  if (!right.greaterThan(0)) return undefined;
  // the amount must break the sum too: within rounding of whole − the others it may be right (新余 0.72 of 1.32)
  const partsSum = sumIntervals(judged.map((j) => reading.interval(j.claim.part)));
  const sum = judged.reduce((acc, j) => acc.plus(reading.value(j.claim.part)), new Decimal(0));
  if (judgeAmounts(total.value, total.interval, sum, partsSum) !== "error") return undefined;
  const allowed = percentInterval(total.interval.minus(sumIntervals(others.map((m) => reading.interval(m)))), total.interval);
  if (!allowed || judgeDerived(claim.share.value, claim.share.unit, allowed) !== "equal") return undefined;
  const { num } = writtenUnit(claim.part);
  const what = claim.part.label || "该项";
  const fixed = writtenLike(claim.part, right);
  const whole = writtenLike(claim.part, total.value);
  const terms = `${num(total.value)} − ${others.map((m) => num(reading.value(m))).join(" − ")}`;
  return {
    target: claim.share,
    issue: {
      rule: "share",
      verdict: "error",
      target: claim.part,
      involved: [claim.share, ...others, ...(total.mention ? [total.mention] : [])],
      subject: what,
      headline: `${what}写${claim.part.text}，应为${fixed}：${whole}减去其他各项为${fixed}，与所写占比${claim.share.text}相符。`,
      steps: [
        `${total.where}：${whole}`,
        `${terms} = ${fixed}`,
        `${fixed}÷${num(total.value)} = ${percentOf(right, total.value)}，与文中${claim.share.text}相符`,
        `文中写 ${claim.part.text}`,
      ],
      message: `“${quoted(claim.part)}，占${claim.share.text}”：按${total.where}${whole}减去其他各项，${what}应为${fixed}，所写占比与之相符。`,
      expected: fixed,
      actual: claim.part.printed,
    },
  };
}

interface ShareTotal {
  interval: RoundingInterval;
  value: Decimal;
  text: string;
  where: string;
  mention?: Mention;
}

function checkShare(claim: ShareClaim, total: ShareTotal, reading: Reading): ClaimIssue | undefined {
  const { num, unit } = writtenUnit(claim.part);
  const allowed = percentInterval(reading.interval(claim.part), total.interval);
  if (!allowed) return undefined;
  const verdict = judgeDerived(claim.share.value, claim.share.unit, allowed);
  if (verdict === "equal") return undefined;
  const expected = percentOf(reading.value(claim.part), total.value);
  const equation = `${num(reading.value(claim.part))}÷${num(total.value)}`;
  const what = `${claim.part.label || "该项"}占比`;
  return {
    rule: "share",
    verdict,
    target: claim.share,
    involved: [claim.part, ...(total.mention ? [total.mention] : [])],
    subject: what,
    headline: derivedHeadline(verdict, what, claim.share.text, expected, equation),
    steps: [
      `${claim.part.label} ${num(reading.value(claim.part))}${unit}`,
      `${total.where}：${total.text}`,
      `${equation} = ${expected}`,
      `文中写 ${claim.share.text}`,
    ],
    message: `“${quoted(claim.part)}，占${claim.share.text}”：占比应为 ${equation} = ${expected}（${total.where}），文中写${claim.share.text}。`,
    expected,
    actual: claim.share.printed,
  };
}

function shareSumIssue(members: ShareClaim[]): ClaimIssue {
  const sum = formatFixed(
    members.reduce((acc, c) => acc.plus(c.share.value), new Decimal(0)),
    2,
  );
  const terms = members.map((c) => c.share.text).join(" + ");
  return {
    rule: "shareSum",
    verdict: "error",
    target: members[0].share,
    involved: members.flatMap((c) => [c.share, c.part]),
    subject: "各项占比之和",
    headline: `各项占比之和为${sum}%，超过100%：至少一项占比有误。`,
    steps: [`${terms} = ${sum}%`],
    message: `“${quoted(members[0].part)}……占${members[members.length - 1].share.text}”：各项占比之和为${sum}%，超过100%。`,
    actual: `${sum}%`,
    expected: "100%",
  };
}

function listSumIssue(members: ShareClaim[], listTotal: Mention, partsSum: RoundingInterval, reading: Reading): ClaimIssue | undefined {
  const { num, unit } = writtenUnit(listTotal);
  if (reading.checked.has(listTotal) && members.every((c) => reading.checked.has(c.part))) return undefined;
  const sum = members.reduce((acc, c) => acc.plus(reading.value(c.part)), new Decimal(0));
  const verdict = judgeAmounts(reading.value(listTotal), reading.interval(listTotal), sum, partsSum);
  if (verdict === "equal") return undefined;
  const parts = members.map((c) => num(reading.value(c.part))).join(" + ");
  return {
    rule: "listSum",
    verdict,
    target: listTotal,
    involved: members.map((c) => c.part),
    subject: `${listTotal.label || "合计"}`,
    headline:
      verdict === "rounding"
        ? `所述合计${listTotal.text}与其中各项之和${num(sum)}万元相差在四舍五入尾差范围内，请确认。`
        : `所述合计${listTotal.text}，其中各项之和为${num(sum)}${unit}，两者不符：合计或某一项有误。`,
    steps: [`${parts} = ${num(sum)}${unit}`, `文中合计 ${listTotal.text}`],
    message: `“${quoted(listTotal)}”：其中各项 ${parts} = ${num(sum)}${unit}，与所述合计不符。`,
    expected: num(sum),
    actual: listTotal.printed,
  };
}

function totalFor(
  claim: ShareClaim,
  listTotal: Mention | undefined,
  partsSum: RoundingInterval | undefined,
  resolveTotal: TotalResolver,
  reading: Reading,
): ShareTotal | undefined {
  if (claim.totalName) {
    const named = resolveTotal(claim.totalName);
    // “公共财政预算支出911.4亿元，其中民生支出758.5亿元，占公共财政预算支出的比重为72.6%”: the name is its own
    // sentence's total when nothing else is tied to it with certainty (that name stated elsewhere too)
    if (!named) return listTotal && namesSameFigure(listTotal.label, claim.totalName) ? listTotalOf(listTotal, reading) : undefined;
    return {
      interval: named.mention ? reading.interval(named.mention) : RoundingInterval.of(named.value, named.unit),
      value: named.mention ? reading.value(named.mention) : named.value,
      text: `${wan(named.value)}万元`,
      where: `${claim.totalName}（${named.where}）`,
    };
  }
  if (listTotal) return listTotalOf(listTotal, reading);
  return partsSum && partsTotal(partsSum);
}

function listTotalOf(listTotal: Mention, reading: Reading): ShareTotal {
  return {
    interval: reading.interval(listTotal),
    value: reading.value(listTotal),
    text: `${wan(reading.value(listTotal))}万元`,
    where: `所述合计`,
    mention: listTotal,
  };
}

/** The sum of a list's parts as the total its shares are of. */
function partsTotal(partsSum: RoundingInterval): ShareTotal {
  const value = partsSum.low.plus(partsSum.high).dividedBy(2);
  return { interval: partsSum, value, text: `${wan(value)}万元`, where: "各项之和" };
}
