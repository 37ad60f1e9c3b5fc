import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isBound, isBudgetBase, isPlainAmount, isPrior } from "./binding";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, percentOf, writtenUnit, type ClaimIssue } from "./issue";
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
    return judgeRate(rate, current, prior, reading);
  });
}

/** “增长”, “下降”, “增长了”, “增幅为” (the label is cleaned of 为 / 达): the words of a rate alone. */
const RATE = /^(?:增长|下降|上升|降低|增幅|降幅|减少|增加)了?$/;
const UP = /增|升/;

function judgeRate(rate: Mention, current: Mention, prior: Mention, reading: Reading): ClaimIssue[] {
  const up = UP.test(rate.label);
  const [now, then] = [reading.value(current), reading.value(prior)];
  if (up ? now.lessThan(then) : now.greaterThan(then)) return [];
  const delta = up ? reading.interval(current).minus(reading.interval(prior)) : reading.interval(prior).minus(reading.interval(current));
  const allowed = percentInterval(delta, reading.interval(prior));
  if (!allowed) return [];
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return [];
  const { num, unit } = writtenUnit(current);
  const change = now.minus(then).abs();
  const expected = percentOf(change, then);
  const word = up ? "增长" : "下降";
  const equation = `${num(change)}÷${num(then)}`;
  return [
    {
      rule: "growth",
      verdict,
      target: rate,
      involved: [current, prior],
      subject: `${word}率`,
      headline: derivedHeadline(verdict, `${word}率`, rate.text, expected, equation),
      steps: [
        `本年 ${current.text}，上年 ${prior.text}`,
        `${up ? "增加" : "减少"} ${num(change)}${unit}`,
        `${word}率 = ${equation} = ${expected}`,
        `文中写 ${rate.text}`,
      ],
      message: `“${current.text}，${prior.rawLabel}${prior.text}${word}${rate.text}”：${up ? "增加" : "减少"}${num(change)}${unit}，${word}率应为 ${equation} = ${expected}，文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}
