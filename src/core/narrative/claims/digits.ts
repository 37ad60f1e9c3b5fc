import { Decimal, HUNDRED, formatFixed } from "../../numbers/decimal";
import type { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { completionBudget } from "./completion";
import type { Claim } from "./extract";
import { growthRate } from "./growth";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/** A rate recomputed from the figures it is tied to with certainty: the interval they allow, its value, how. */
interface Recomputed {
  allowed: RoundingInterval;
  value: Decimal;
  equation: string;
}

/**
 * “下降7.1%” in a text whose rates have two decimals. A rate printed short is most often a trailing zero dropped (by
 * the writer, or by a spreadsheet's 常规 format): in the corpus, 10 of the 11 short rates whose own figures recompute
 * them are the printed rate followed by 0 (台商 “下降63.5%” = 87 ÷ 137 = 63.50%; 达州 “2.7%” = 12.46 ÷ 461.49 = 2.70%;
 * 山东 “增长11.2%” = 292.66 ÷ 2613.14 = 11.20%). So a short rate is a finding only when its own figures, tied with
 * certainty, hold at its printed decimals and give another last digit at the text's usual ones, whatever the rounding of
 * the amounts (“减少7.50万元，下降6.7%” of 105.00万元: 7.50 ÷ 112.50 = 6.67%): a warning with the rate at those decimals.
 * A short rate nothing recomputes, or one the amounts' rounding allows to end in 0 (峨眉山 “减少0.23万元，下降7.1%” of
 * 2.99万元: 7.10% lies within 0.225 ÷ 3.225 to 0.235 ÷ 3.215), is left alone.
 */
export function checkDigits(parsed: readonly ParsedParagraph[], reading: Reading): Located[] {
  const percents = parsed.flatMap((p) => p.mentions.filter((m) => m.kind === "percent").map((m) => ({ m, at: p })));
  const places = usualPlaces(percents.map((x) => x.m));
  if (places === undefined) return [];
  const rates = recomputedRates(parsed, reading);
  const fine = new Decimal(1).dividedBy(new Decimal(10).pow(places));
  return percents.flatMap(({ m, at }): Located[] => {
    const rate = m.places < places && !isRound(m) ? rates.get(m) : undefined;
    if (!rate || judgeDerived(m.value, m.unit, rate.allowed) !== "equal" || judgeDerived(m.value, fine, rate.allowed) === "equal") return [];
    const expected = `${formatFixed(rate.value, places)}%`;
    return [
      {
        at,
        issue: {
          rule: "digits",
          verdict: "warning",
          target: m,
          subject: "百分数位数",
          headline: `“${m.text}”只有${m.places}位小数，全文百分数通行${places}位：按${rate.equation}为${expected}，应写“${expected}”。`,
          steps: [`全文百分数多为${places}位小数`, `${rate.equation} = ${expected}`, `此处“${m.text}”`],
          message: `“${m.text}”：小数位数少于全文通行的${places}位，按${places}位小数应为${expected}。`,
          expected,
          actual: m.printed,
        } satisfies ClaimIssue,
      },
    ];
  });
}

/** The rates of changes and completions whose figures are tied with certainty, by the rate's mention. */
function recomputedRates(parsed: readonly ParsedParagraph[], reading: Reading): Map<Mention, Recomputed> {
  const rates = new Map<Mention, Recomputed>();
  for (const claim of parsed.flatMap((p) => p.sentences.flatMap((s) => s.claims))) {
    const rate = recomputed(claim, reading);
    if (rate) rates.set(rate.mention, rate);
  }
  return rates;
}

function recomputed(claim: Claim, reading: Reading): (Recomputed & { mention: Mention }) | undefined {
  if (claim.kind === "change") {
    const subject = claim.subject?.certain ? claim.subject.to : undefined;
    if (!subject || !claim.percent || claim.eitherWay || claim.percentUp !== claim.up) return undefined;
    const { priorValue, allowed } = growthRate(claim, subject, reading);
    if (!allowed || priorValue.isZero()) return undefined;
    const { num } = writtenUnit(subject);
    const value = claim.change.value.dividedBy(priorValue).times(HUNDRED);
    return { mention: claim.percent, allowed, value, equation: `${num(claim.change.value)}÷${num(priorValue)}` };
  }
  if (claim.kind !== "completion" || !claim.actual) return undefined;
  const base = completionBudget(claim, reading);
  if (!base || base.value.isZero()) return undefined;
  const allowed = percentInterval(reading.interval(claim.actual), base.interval);
  if (!allowed) return undefined;
  const { num } = writtenUnit(claim.actual);
  const [actual, budget] = [reading.value(claim.actual), base.value];
  return { mention: claim.rate, allowed, value: actual.dividedBy(budget).times(HUNDRED), equation: `${num(actual)}÷${num(budget)}` };
}

/** Places most percentages of the text are printed with, when clear (two of three at least). */
function usualPlaces(percents: readonly Mention[]): number | undefined {
  const fractional = percents.filter((m) => !isRound(m));
  if (fractional.length < 3) return undefined;
  const counts = new Map<number, number>();
  for (const m of fractional) counts.set(m.places, (counts.get(m.places) ?? 0) + 1);
  const [places, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return count * 3 >= fractional.length * 2 ? places : undefined;
}

/** Whole percentages (100%, 50%, a rough “完成92%”) are a way of writing, not a rate cut short. */
function isRound(m: Mention): boolean {
  return m.places === 0;
}
