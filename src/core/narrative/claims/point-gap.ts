import { Decimal, formatFixed } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentUnit } from "../../numbers/verdict";
import type { SentenceClaims } from "./extract";
import { derivedHeadline, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";

/**
 * A gap in 百分点 between two printed percentages is their difference, judged like any derived figure: against the
 * difference of the two percentages' rounding intervals. Two wordings state both percentages and the gap:
 * - “…占一般公共预算支出1814597万元的比例15.68%，比上年的18.92%下降3.24个百分点”: this year's and last year's percentages
 *   next to each other in one clause at one depth, one figure each, the second named as last year's right before it
 *   (“比上年的”, “较2022年”), the gap right after it (a word of one direction, the number, “个百分点”);
 * - “增长19.9%,高于全省平均增幅(11%)8.9个百分点,高于州市平均增幅(14.5%)5.4个百分点”: a comparison word (高于 / 快于 /
 *   超 / 领先, or 低于 / 慢于 / 落后), the percentage compared with right after its words (in parentheses or not) and the
 *   gap right after that; the percentage compared is the sentence's last one before the word at the outer depth, with
 *   nothing but such comparisons between.
 * Either way the gap must go the direction the two percentages go (words against it are left to the words' check); a
 * gap whose second percentage is not stated (“比上年提高0.2个百分点”, “快于序时进度3.4个百分点”) is not judged.
 */
export function checkPointGaps(s: SentenceClaims): ClaimIssue[] {
  return [...yearGaps(s), ...comparedGaps(s), ...wholeGaps(s)].flatMap((gap) => judged(s, gap));
}

interface PointGap {
  /** The percentage the gap is measured from and the one it is measured against (“高于” / “比上年…下降”: which is larger). */
  first: Mention;
  second: Mention;
  /** The first is the larger (提高 / 高于). */
  up: boolean;
  /** The gap's digits and where they stand in the paragraph; the words naming it (“下降”, “高于全省平均增幅”). */
  digits: string;
  start: number;
  word: string;
}

/** “A%，比上年的B%下降X个百分点”. */
function yearGaps(s: SentenceClaims): PointGap[] {
  return s.mentions.flatMap((prior, i): PointGap[] => {
    const current = s.mentions[i - 1];
    if (!current || prior.kind !== "percent" || current.kind !== "percent" || !PRIOR.test(prior.rawLabel.replace(/\s+/g, ""))) return [];
    if (![current, prior].every((m) => m.groupSize === 1 && m.clause === prior.clause && m.depth === prior.depth)) return [];
    const from = prior.end - s.start;
    const gap = YEAR_GAP.exec(s.sentence.slice(from));
    if (!gap) return [];
    const start = s.start + from + gap.index + gap[0].length - gap[2].length - gap[3].length;
    return [{ first: current, second: prior, up: UP.test(gap[1]), digits: gap[2], start, word: UP.test(gap[1]) ? "提高" : "下降" }];
  });
}

/** “A%,高于…(B%)X个百分点”. */
function comparedGaps(s: SentenceClaims): PointGap[] {
  return [...s.sentence.matchAll(COMPARED_GAP)].flatMap((match): PointGap[] => {
    const from = s.start + match.index!;
    const to = from + match[0].length;
    const compared = s.mentions.filter((m) => m.kind === "percent" && m.start >= from && m.end <= to);
    const own = s.mentions.filter((m) => m.kind === "percent" && m.end <= from && m.depth === 0).pop();
    if (compared.length !== 1 || !own || !onlyGapsBetween(s.sentence.slice(own.end - s.start, match.index))) return [];
    const start = from + match[0].lastIndexOf(match[2]);
    return [{ first: own, second: compared[0], up: COMPARED_UP.test(match[1]), digits: match[2], start, word: match[1] }];
  });
}

/**
 * “全省一般公共预算收入增长18.9%,其中税收收入增长21.7%,高于全省收入增速2.8个百分点”: a part's rate compared with its
 * whole's, the whole named by its scope word (全省, 全市, 总体 …) and no number of its own: the whole's rate is the one
 * rate of the sentence before its “其中”, and the part's the last rate before the comparison.
 */
function wholeGaps(s: SentenceClaims): PointGap[] {
  return [...s.sentence.matchAll(WHOLE_GAP)].flatMap((match): PointGap[] => {
    const from = s.start + match.index!;
    const rates = s.mentions.filter((m) => m.kind === "percent" && m.depth === 0 && m.end <= from && RATE.test(m.rawLabel.replace(/\s+/g, "")));
    const own = rates[rates.length - 1];
    const wholes = rates.filter((m) => m.clause < (own?.clause ?? 0));
    if (!own || wholes.length !== 1 || !/其中/.test(s.sentence.slice(wholes[0].end - s.start, own.start - s.start))) return [];
    if (!onlyGapsBetween(s.sentence.slice(own.end - s.start, match.index))) return [];
    const start = from + match[0].lastIndexOf(match[3]);
    return [{ first: own, second: wholes[0], up: COMPARED_UP.test(match[1]), digits: match[3], start, word: match[1] }];
  });
}

function judged(s: SentenceClaims, { first, second, up, digits, start, word }: PointGap): ClaimIssue[] {
  if (up ? first.value.lessThanOrEqualTo(second.value) : first.value.greaterThanOrEqualTo(second.value)) return [];
  const places = digits.split(".")[1]?.length ?? 0;
  const [a, b] = [RoundingInterval.of(first.value, first.unit), RoundingInterval.of(second.value, second.unit)];
  const verdict = judgeDerived(new Decimal(digits), percentUnit(places), up ? a.minus(b) : b.minus(a));
  if (verdict === "equal") return [];
  const expected = `${formatFixed(first.value.minus(second.value).abs(), Math.max(first.places, second.places))}个百分点`;
  const written = `${digits}个百分点`;
  const equation = up ? `${first.text}−${second.text}` : `${second.text}−${first.text}`;
  return [
    {
      rule: "difference",
      verdict,
      involved: [first, second],
      subject: `${word}的百分点`,
      headline: derivedHeadline(verdict, `${word}幅度`, written, expected, equation),
      steps: [`${first.label || "前者"} ${first.text}，${second.label || "后者"} ${second.text}`, `${word} = ${equation} = ${expected}`, `文中写 ${written}`],
      message: `“${s.sentence.slice(first.start - s.start, start - s.start + written.length).trim()}”：两者之差应为 ${equation} = ${expected}，文中写${written}。`,
      expected,
      actual: written,
      position: start,
      span: { start, end: start + written.length },
    },
  ];
}

/** Last year's percentage named as such right before it: “比上年的”, “较2022年”, “比去年同期”. */
const PRIOR = /(?:比|较|同比)(?:上年|去年|上一年|\d{4}年度?)(?:同期)?的?$/;
/** Right after last year's percentage: “，下降3.24个百分点”, “提高了0.5个百分点”. */
const YEAR_GAP = /^\s*[，,]?\s*(提高|上升|增加|增长|提升|上涨|下降|降低|减少|回落|下滑)了?\s*(\d+(?:\.\d+)?)(\s*个百分点)/;
const UP = /提高|上升|增加|增长|提升|上涨/;
/** A comparison word, its own words, the percentage compared with (its “%” and parentheses) and the gap in 百分点. */
const COMPARED_GAP =
  /(高于|低于|快于|慢于|超过|超出|超|领先|落后)于?[^，,；;。\d%]{0,16}?[（(]?\s*[+-]?\d+(?:\.\d+)?\s*%\s*[)）]?\s*(\d+(?:\.\d+)?)\s*个百分点/g;
const COMPARED_UP = /高于|快于|超|领先/;
/** A comparison with the whole's rate named by its scope and no number: “高于全省收入增速2.8个百分点”. */
const WHOLE_GAP =
  /(高于|低于|快于|慢于|超过|超出|领先|落后)于?((?:全国|全省|全市|全区|全县|全州|全盟|全旗|总体|整体)[^，,；;。\d%]{0,10}?)(?:的)?(?:平均)?(?:增速|增幅|增长率|降幅)\s*(\d+(?:\.\d+)?)\s*个百分点/g;
/** A rate's own words: “增长”, “下降”, “增幅为”. */
const RATE = /(?:增长|下降|增幅|降幅|增速|上升|减少)(?:为|达到?)?$/;
const onlyGapsBetween = (words: string) => words.replace(COMPARED_GAP, "").replace(/[\s，,]/g, "") === "";
