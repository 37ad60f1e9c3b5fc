import { Decimal, HUNDRED, formatFixed } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived } from "../../numbers/verdict";
import { isBound, isPlainAmount } from "./binding";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “一般公共预算收入从2015年的2007万元上升到2020年的2468万元,年均增长4.22%”: an average yearly rate between two stated years'
 * amounts is the compound one, (B ÷ A)^(1/n) − 1 with n the years between them (2020 − 2015 = 5: 4.22%). Tied with
 * certainty only when the three stand in this order in one clause, one figure each: the earlier amount opened by
 * “从 / 由 YYYY年的”, the later one reached by a verb of one direction with its own, later year (“上升到2020年的”, “下降至…”),
 * and the rate right after it, its words an average yearly rate's (“年均增长”, “年均递增”, “年均下降”) in the verb's
 * direction; amounts that contradict the direction are left to the words. The rate the amounts allow is the n-th root of
 * their ratio over their rounding intervals, widened outward by far less than any printed unit (so a root's last digit
 * never turns agreement into an error), and judged by the one verdict of a derived figure (judgeDerived).
 */
export function checkCompoundRates(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  return s.mentions.flatMap((rate, i) => {
    const words = AVERAGE_RATE.exec(rate.label.replace(/\s+/g, ""));
    if (rate.kind !== "percent" || !words || i < 2) return [];
    const [prior, current] = [s.mentions[i - 2], s.mentions[i - 1]];
    const span = yearSpan(prior, current);
    const single = (m: Mention) => m.groupSize === 1 && m.clause === rate.clause && m.depth === rate.depth;
    if (!span || ![prior, current, rate].every(single) || span.up !== UP.test(words[1])) return [];
    return compoundIssue(rate, prior, current, span, reading);
  });
}

/** “年均增长”, “年均递增”, “年均增幅为”, “年均下降” (the label is cleaned of 为 / 达). */
const AVERAGE_RATE = /^年均(增长|递增|增幅|上升|提高|下降|递减|降幅|减少|降低)了?$/;
const UP = /增|升|提高/;
/** “…从2015年的”: the earlier year's amount. */
const FROM_YEAR = /(?:从|由)(\d{4})年度?的?$/;
/** “上升到2020年的”, “下降至2023年”: the later year's amount, and which way it went. */
const TO_YEAR = /(增长|增加|提高|上升|减少|下降|降低|[增减降升])(?:到|至)(\d{4})年度?的?$/;

function yearSpan(prior: Mention, current: Mention): { years: number; up: boolean } | undefined {
  const from = FROM_YEAR.exec(prior.rawLabel.replace(/\s+/g, ""));
  const to = TO_YEAR.exec(current.rawLabel.replace(/\s+/g, ""));
  if (!from || !to || [prior, current].some((m) => !isPlainAmount(m) || isBound(m))) return undefined;
  const years = Number(to[2]) - Number(from[1]);
  return years >= 2 ? { years, up: /增|提高|升/.test(to[1]) } : undefined;
}

/** Far below any printed unit of a rate (0.01 point at the finest): the outward margin of a computed root. */
const MARGIN = new Decimal("1e-20");
const ONE = new Decimal(1);

/** x^(1/n) for x > 0, to the engine's 40 digits. */
const root = (x: Decimal, n: number) => x.ln().dividedBy(n).exp();

function compoundIssue(rate: Mention, prior: Mention, current: Mention, span: { years: number; up: boolean }, reading: Reading): ClaimIssue[] {
  const [then, now] = [reading.interval(prior), reading.interval(current)];
  if (!then.low.greaterThan(0) || !now.low.greaterThan(0)) return [];
  const [value, earlier] = [reading.value(current), reading.value(prior)];
  if (span.up ? value.lessThan(earlier) : value.greaterThan(earlier)) return [];
  // the yearly factor over the amounts' rounding, as a rate in points: up (factor − 1), down (1 − factor)
  const points = (factor: Decimal) => (span.up ? factor.minus(ONE) : ONE.minus(factor)).times(HUNDRED);
  const [a, b] = [points(root(now.low.dividedBy(then.high), span.years)), points(root(now.high.dividedBy(then.low), span.years))];
  const allowed = new RoundingInterval(Decimal.min(a, b).minus(MARGIN), Decimal.max(a, b).plus(MARGIN));
  const verdict = judgeDerived(rate.value, rate.unit, allowed);
  if (verdict === "equal") return [];
  const { num } = writtenUnit(prior);
  const expected = `${formatFixed(points(root(value.dividedBy(earlier), span.years)), 2)}%`;
  const word = span.up ? "年均增长" : "年均下降";
  const equation = `(${num(value)}÷${num(earlier)})^(1/${span.years})${span.up ? " − 1" : "，1 − 其值"}`;
  return [
    {
      rule: "growth",
      verdict,
      target: rate,
      involved: [prior, current],
      subject: `${word}率`,
      headline: derivedHeadline(verdict, `${word}率`, rate.text, expected, equation),
      steps: [`起 ${quoted(prior)}，止 ${quoted(current)}，相隔${span.years}年`, `${word}率 = ${equation} = ${expected}`, `文中写 ${rate.text}`],
      message: `“${quoted(prior)}${quoted(current)}，${word}${rate.text}”：${span.years}年间${word}率应为 ${equation} = ${expected}，文中写${rate.text}。`,
      expected,
      actual: rate.printed,
    },
  ];
}
