import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isBound, isBudgetBase, isEarlierYearBudget, isPlainAmount, isPrior, reachedPair } from "./binding";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “全市财政总收入10.77亿元，比1999年的8.19亿元增长31.5%”: a rate with both years' amounts and no change amount is
 * this year's amount over last year's, less one. Tied with certainty only when the three stand in this order in one
 * clause, one figure each — the amount, last year's amount named as such right after it (“比1999年的”, “较上年同期
 * 的”, “较2022年预算” after “2023年预算”; this year's budget compared with is another relation), and the rate right after that, its words a rate's only — and no
 * change of the sentence claims the rate. The same pair in the other order when a verb of reaching says which way it
 * went (“由上年的17916.00元增加到21360.17元，增长19.22%”, “从去年的193.45亿元猛减到今年的125.54亿元,降幅达35.1%”:
 * reachedPair). A rate whose direction its words contradict is left to the words' check.
 */
export function checkStatedRates(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  return statedRates(s).flatMap(({ rate, current, prior, up }) => {
    const [now, then] = [reading.value(current), reading.value(prior)];
    // a rate whose direction the amounts contradict is left to the words' check
    if (up ? now.lessThan(then) : now.greaterThan(then)) return [];
    return twoYearRateIssue(rate, current, prior, up, reading);
  });
}

/** A rate between this year's amount and last year's, both stated with it (checkStatedRates). */
export interface StatedRate {
  rate: Mention;
  current: Mention;
  prior: Mention;
  up: boolean;
}

/** The sentence's rates between two stated years' amounts, tied with certainty (checkStatedRates). */
export function statedRates(s: SentenceClaims): StatedRate[] {
  const owned = new Set(s.claims.flatMap((c) => (c.kind === "change" && c.percent ? [c.percent] : [])));
  return s.mentions.flatMap((rate, i) => {
    if (rate.kind !== "percent" || owned.has(rate) || i < 2 || !RATE.test(rate.label.replace(/\s+/g, ""))) return [];
    const pair = reachedPair(s.mentions[i - 2], s.mentions[i - 1]) ?? comparedPair(s.mentions[i - 2], s.mentions[i - 1]);
    const single = (m: Mention) => m.groupSize === 1 && m.clause === rate.clause && m.depth === rate.depth;
    if (!pair || ![pair.current, pair.prior, rate].every(single)) return [];
    const up = UP.test(rate.label);
    return pair.up !== undefined && pair.up !== up ? [] : [{ rate, current: pair.current, prior: pair.prior, up }];
  });
}

/** Whether the rate holds at the two amounts' present reading, each within its printed rounding. */
export function statedRateHolds({ rate, current, prior, up }: StatedRate, reading: Reading): boolean {
  const allowed = twoYearRateAllowed(current, prior, up, reading);
  return !!allowed && judgeDerived(rate.value, rate.unit, allowed) === "equal";
}

/** “10.77亿元，比1999年的8.19亿元”: this year's amount, then last year's named as such right after it. */
function comparedPair(current: Mention, prior: Mention): { current: Mention; prior: Mention; up?: boolean } | undefined {
  if (!isPlainAmount(current) || isPrior(current) || isBound(current)) return undefined;
  if (!isPlainAmount(prior) || !isPrior(prior) || (isBudgetBase(prior) && !isEarlierYearBudget(prior, current)) || isBound(prior)) return undefined;
  return { current, prior };
}

/** “增长”, “下降”, “增长了”, “增幅为” (the label is cleaned of 为 / 达): the words of a rate alone. */
const RATE = /^(?:增长|下降|上升|降低|增幅|降幅|减少|增加)了?$/;
const UP = /增|升/;

/**
 * The rate between two stated years' amounts, (this year − last year) ÷ last year, against the rate written — the one
 * judgement of both wordings (this file's “比1999年的8.19亿元增长31.5%” and year-pair-rate.ts's “2015年…，2016年…，下降”).
 * `apart`: the amounts were stated in other sentences than the rate (./named-year-rate.ts), and are quoted as 前文.
 */
export function twoYearRateIssue(rate: Mention, current: Mention, prior: Mention, up: boolean, reading: Reading, apart = false): ClaimIssue[] {
  const allowed = twoYearRateAllowed(current, prior, up, reading);
  if (!allowed) return [];
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return [];
  const { num, unit } = writtenUnit(prior);
  const [now, then] = [reading.value(current), reading.value(prior)];
  const change = now.minus(then).abs();
  const expected = percentOf(change, then);
  const word = up ? "增长" : "下降";
  const equation = `${num(change)}÷${num(then)}`;
  const inSentence = [current, prior]
    .sort((a, b) => a.start - b.start)
    .map(quoted)
    .join("，");
  return [
    {
      rule: "growth",
      verdict,
      target: rate,
      involved: [prior, current],
      subject: `${word}率`,
      headline: derivedHeadline(verdict, `${word}率`, rate.text, expected, equation),
      steps: [
        `本年 ${quoted(current)}，上年 ${quoted(prior)}`,
        `增减额 = ${num(change)}${unit}`,
        `${word}率 = ${equation} = ${expected}`,
        `文中写 ${rate.text}`,
      ],
      message: `${apart ? `“${quoted(rate)}”：前文“${quoted(prior)}”“${quoted(current)}”，` : `“${inSentence}，${word}${rate.text}”：`}两年之差${num(change)}${unit}，${word}率应为 ${equation} = ${expected}，文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}

/** The rate (this year − last year) ÷ last year as the interval the two amounts' printed rounding allows. */
function twoYearRateAllowed(current: Mention, prior: Mention, up: boolean, reading: Reading) {
  const delta = up ? reading.interval(current).minus(reading.interval(prior)) : reading.interval(prior).minus(reading.interval(current));
  return percentInterval(delta, reading.interval(prior));
}
