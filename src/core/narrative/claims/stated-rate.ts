import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isBound, isBudgetBase, isPlainAmount, isPrior } from "./binding";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “全市财政总收入10.77亿元，比1999年的8.19亿元增长31.5%”: a rate with both years' amounts and no change amount is
 * this year's amount over last year's, less one. Tied with certainty only when the three stand in this order in one
 * clause, one figure each — the amount, last year's amount named as such right after it (“比1999年的”, “较上年同期
 * 的”; a budget compared with is another relation), and the rate right after that, its words a rate's only — and no
 * change of the sentence claims the rate. A rate whose direction its words contradict is left to the words' check.
 */
export function checkStatedRates(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  const owned = new Set(s.claims.flatMap((c) => (c.kind === "change" && c.percent ? [c.percent] : [])));
  return s.mentions.flatMap((rate, i) => {
    const [current, prior] = [s.mentions[i - 2], s.mentions[i - 1]];
    if (rate.kind !== "percent" || owned.has(rate) || !current || !prior || !RATE.test(rate.label.replace(/\s+/g, ""))) return [];
    const single = (m: Mention) => m.groupSize === 1 && m.clause === rate.clause && m.depth === rate.depth;
    if (![current, prior, rate].every(single) || !isPlainAmount(current) || isPrior(current) || isBound(current)) return [];
    if (!isPlainAmount(prior) || !isPrior(prior) || isBudgetBase(prior) || isBound(prior)) return [];
    const up = UP.test(rate.label);
    const [now, then] = [reading.value(current), reading.value(prior)];
    // a rate whose direction the amounts contradict is left to the words' check
    if (up ? now.lessThan(then) : now.greaterThan(then)) return [];
    return twoYearRateIssue(rate, current, prior, up, reading);
  });
}

/** “增长”, “下降”, “增长了”, “增幅为” (the label is cleaned of 为 / 达): the words of a rate alone. */
const RATE = /^(?:增长|下降|上升|降低|增幅|降幅|减少|增加)了?$/;
const UP = /增|升/;

/**
 * The rate between two stated years' amounts, (this year − last year) ÷ last year, against the rate written — the one
 * judgement of both wordings (this file's “比1999年的8.19亿元增长31.5%” and year-pair-rate.ts's “2015年…，2016年…，下降”).
 */
export function twoYearRateIssue(rate: Mention, current: Mention, prior: Mention, up: boolean, reading: Reading): ClaimIssue[] {
  const delta = up ? reading.interval(current).minus(reading.interval(prior)) : reading.interval(prior).minus(reading.interval(current));
  const allowed = percentInterval(delta, reading.interval(prior));
  if (!allowed) return [];
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return [];
  const { num, unit } = writtenUnit(prior);
  const [now, then] = [reading.value(current), reading.value(prior)];
  const change = now.minus(then).abs();
  const expected = percentOf(change, then);
  const word = up ? "增长" : "下降";
  const equation = `${num(change)}÷${num(then)}`;
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
      message: `“${quoted(current)}，${quoted(prior)}，${word}${rate.text}”：两年之差${num(change)}${unit}，${word}率应为 ${equation} = ${expected}，文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}
