import { CHANGE_WORD, isPlainAmount, isPrior } from "./binding";
import type { SentenceClaims } from "./extract";
import type { ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { twoYearRateIssue } from "./stated-rate";

/**
 * ““三公”经费2015年预算数160万元，2016年预算数50万元，下降68.8%”, “2016年预算8万元,2015年预算12.5万元;…减少率
 * 35.22%”: a rate stated with both years' amounts and no change amount is the ratio of the two amounts —
 * (later − earlier) ÷ earlier. Tied only when the sentence leaves no doubt: the two amounts are the only amounts
 * of the sentence before the rate, each named by its own year, the years one apart, the later one's words
 * naming the same measure as the earlier one's (“预算数”, its item said once before the first: “2016年预算数” after
 * ““三公”经费2015年预算数”), the rate the first percentage after them with words of a change in the direction
 * the amounts go, and no change amount anywhere in the sentence (a stated change is read by the change claims).
 */
export function checkYearPairRates(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  if (s.mentions.some((m) => m.kind === "amount" && CHANGE_WORD.test(m.label))) return [];
  const rateAt = s.mentions.findIndex((m) => m.kind === "percent");
  if (rateAt !== 2) return [];
  const percent = s.mentions[rateAt];
  const pair = yearPair(s.mentions[0], s.mentions[1]);
  const up = UP.test(percent.label) ? true : DOWN.test(percent.label) ? false : undefined;
  if (!pair || up === undefined || percent.groupSize !== 1) return [];
  const { earlier, later } = pair;
  if (reading.value(later).greaterThan(reading.value(earlier)) !== up || reading.value(later).equals(reading.value(earlier))) return [];
  return twoYearRateIssue(percent, later, earlier, up, reading);
}

const UP = /^(?:比上年|同比|较上年|对比)?(?:增长|增加|上升)(?:率|幅度)?$|^增幅$/;
const DOWN = /^(?:比上年|同比|较上年|对比)?(?:下降|减少|降低)(?:率|幅度)?$|^[降减]幅$/;
const YEAR = /(\d{4})\s*年度?/;

/** The two amounts as last year's and this year's, when each names its own year, one year apart, of one measure. */
function yearPair(a: Mention, b: Mention): { earlier: Mention; later: Mention } | undefined {
  if (![a, b].every((m) => isPlainAmount(m) && !isPrior(m) && m.groupSize === 1 && m.depth === 0)) return undefined;
  const [ya, yb] = [a, b].map((m) => YEAR.exec(m.rawLabel));
  if (!ya || !yb || Math.abs(Number(ya[1]) - Number(yb[1])) !== 1) return undefined;
  const [first, second] = [a, b].map((m) => m.rawLabel.replace(YEAR, "").replace(/\s+/g, ""));
  // the later names the same measure, its item said once before the first (“2016年预算数” after ““三公”经费2015年预算数”)
  const carried = b.rawLabel.trim().startsWith(yb[0]) && first.endsWith(second);
  if (second === "" || (second !== first && !carried)) return undefined;
  return Number(ya[1]) < Number(yb[1]) ? { earlier: a, later: b } : { earlier: b, later: a };
}
