import { Decimal, formatFixed } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentUnit } from "../../numbers/verdict";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, type ClaimIssue } from "./issue";

/**
 * “…占一般公共预算支出1814597万元的比例15.68%，比上年的18.92%下降3.24个百分点”: a percentage's change in points is the
 * difference of this year's and last year's printed percentages. Tied only when the sentence leaves no doubt: the two
 * percentages stand next to each other in one clause at one depth, one figure each, the second named as last year's
 * right before it (“比上年的”, “较2022年”), and the gap follows it at once — a word of one direction, the number and
 * “个百分点” — the direction the two percentages go (words against it are left to the words' check). The gap is judged
 * like any derived figure: against the difference of the two printed percentages' rounding intervals.
 */
export function checkPointGaps(s: SentenceClaims): ClaimIssue[] {
  return s.mentions.flatMap((prior, i) => {
    const current = s.mentions[i - 1];
    if (!current || prior.kind !== "percent" || current.kind !== "percent" || !PRIOR.test(prior.rawLabel.replace(/\s+/g, ""))) return [];
    if (![current, prior].every((m) => m.groupSize === 1 && m.clause === prior.clause && m.depth === prior.depth)) return [];
    const from = prior.end - s.start;
    const gap = GAP.exec(s.sentence.slice(from));
    if (!gap) return [];
    const up = UP.test(gap[1]);
    if (up ? current.value.lessThanOrEqualTo(prior.value) : current.value.greaterThanOrEqualTo(prior.value)) return [];
    const stated = new Decimal(gap[2]);
    const places = gap[2].split(".")[1]?.length ?? 0;
    const [now, then] = [RoundingInterval.of(current.value, current.unit), RoundingInterval.of(prior.value, prior.unit)];
    const allowed = up ? now.minus(then) : then.minus(now);
    const verdict = judgeDerived(stated, percentUnit(places), allowed);
    if (verdict === "equal") return [];
    const difference = current.value.minus(prior.value).abs();
    const decimals = Math.max(current.places, prior.places);
    const expected = `${formatFixed(difference, decimals)}个百分点`;
    const written = `${gap[2]}个百分点`;
    const word = up ? "提高" : "下降";
    const equation = up ? `${current.text}−${prior.text}` : `${prior.text}−${current.text}`;
    const start = s.start + from + gap.index + gap[0].length - gap[2].length - gap[3].length;
    return [
      {
        rule: "difference",
        verdict,
        involved: [current, prior],
        subject: `${word}的百分点`,
        headline: derivedHeadline(verdict, `${word}幅度`, written, expected, equation),
        steps: [`本年 ${current.text}，上年 ${prior.text}`, `${word} = ${equation} = ${expected}`, `文中写 ${written}`],
        message: `“${s.sentence.slice(current.start - s.start, from + gap[0].length).trim()}”：两年之差应为 ${equation} = ${expected}，文中写${written}。`,
        expected,
        actual: written,
        position: start,
        span: { start, end: start + gap[2].length + gap[3].length },
      },
    ];
  });
}

/** Last year's percentage named as such right before it: “比上年的”, “较2022年”, “比去年同期”. */
const PRIOR = /(?:比|较|同比)(?:上年|去年|上一年|\d{4}年度?)(?:同期)?的?$/;
/** Right after last year's percentage: “，下降3.24个百分点”, “提高了0.5个百分点”. */
const GAP = /^\s*[，,]?\s*(提高|上升|增加|增长|提升|上涨|下降|降低|减少|回落|下滑)了?\s*(\d+(?:\.\d+)?)(\s*个百分点)/;
const UP = /提高|上升|增加|增长|提升|上涨/;
