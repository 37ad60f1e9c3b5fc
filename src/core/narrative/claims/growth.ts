import type { Decimal } from "../../numbers/decimal";
import type { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import type { ChangeClaim } from "./extract";
import { derivedHeadline, percentOf, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * A rate whose change may belong to several amounts (“总预算A，其中：基本支出B，项目支出C，同比增加D，增长p%”) accuses
 * none of them; but when it fails under every one, something is wrong whichever was meant — a warning that says
 * what each reading gives and what to check, never an error.
 */
export function checkEveryCandidate(claim: ChangeClaim, reading: Reading): ClaimIssue[] {
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
 * “增加0万元，增长0%”, “减少0元，下降0%”: a change of nothing stated in figures, its rate 0 too — right as written
 * whatever the base (both years 0 included) and whichever direction word it carries; “持平” is another wording of it.
 */
export const isNoChange = (claim: ChangeClaim): boolean => claim.change.value.isZero() && !!claim.percent?.value.isZero();

/**
 * The rate a change gives against the amount it is tied to: change ÷ last year, last year stated with it or this year ∓
 * the change — as the interval the printed figures allow, and the prior at the printed values.
 */
export function growthRate(claim: ChangeClaim, subject: Mention, reading: Reading): { priorValue: Decimal; allowed?: RoundingInterval } {
  const { change, prior: stated } = claim;
  const current = reading.interval(subject);
  const delta = reading.interval(change);
  const prior = stated ? reading.interval(stated) : claim.up ? current.minus(delta) : current.plus(delta);
  const priorValue = stated ? reading.value(stated) : claim.up ? reading.value(subject).minus(change.value) : reading.value(subject).plus(change.value);
  return { priorValue, allowed: percentInterval(delta, prior) };
}

/** “增加A万元，增长p%”: the rate against the change and the amount it is tied to (last year = amount ∓ change). */
export function checkGrowth(claim: ChangeClaim, subject: Mention, reading: Reading): ClaimIssue[] {
  const { num, unit } = writtenUnit(subject);
  const { change, percent } = claim;
  if (!percent) return [];
  const moreWord = claim.up ? "增加" : "减少";
  const rateWord = claim.up ? "增长" : "下降";
  const { priorValue, allowed } = growthRate(claim, subject, reading);
  const currentText = valueText(subject, `${num(reading.value(subject))}${unit}`, reading);
  if (!allowed) {
    // a prior that only rounding could bring to 0 (“1万元，增加0.5万元，增长100%”: 0.50) leaves the rate unjudged
    if (!priorValue.isZero() || isNoChange(claim)) return [];
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

/**
 * The value a figure is read at, as a finding words it: a figure an earlier finding corrected is read at its correction,
 * and says so beside what the text writes (长乐 2017: “本年按改正后的1081.43万元（文中写1116.14万元）”).
 */
function valueText(m: Mention, value: string, reading: Reading): string {
  const as = reading.readAs(m);
  if (as === "printed") return value;
  return `按${as === "atMost" ? "至多" : "改正后的"}${value}（文中写${m.text}）`;
}
