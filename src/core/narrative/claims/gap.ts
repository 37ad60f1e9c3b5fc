import type { Decimal } from "../../numbers/decimal";
import { judgeAmounts } from "../../numbers/verdict";
import { DIFFERENCE, isBound, isPlainAmount, isPrior } from "./binding";
import type { SentenceClaims } from "./extract";
import { writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “公务接待费支出2.05万元，年初预算为2万元，差值为0.05万元”: a difference named as such (差值 / 差额 / 相差) is the
 * gap between the two amounts of its clause, whichever is larger (the words give no direction). Tied with
 * certainty only when its clause states exactly two named amounts before it.
 */
export function checkGaps(s: SentenceClaims, reading: Reading): ClaimIssue[] {
  return s.mentions.flatMap((gap, i) => {
    if (gap.kind !== "amount" || gap.groupSize > 1 || !GAP_WORDS.test(gap.label)) return [];
    const pair = pairBefore(s, i);
    if (!pair) return [];
    const [a, b] = pair;
    const difference = reading.value(a).minus(reading.value(b)).abs();
    const interval = reading.value(a).greaterThanOrEqualTo(reading.value(b))
      ? reading.interval(a).minus(reading.interval(b))
      : reading.interval(b).minus(reading.interval(a));
    const verdict = judgeAmounts(reading.value(gap), reading.interval(gap), difference, interval);
    return verdict === "equal" ? [] : [gapIssue(verdict, gap, a, b, difference)];
  });
}

/**
 * “差值为”, “差额”, “相差”: a difference named as such; also what a review took off what was submitted (评审 “送审金额
 * 115991万元,审定金额97219万元,审减金额18906万元”: 审减 = 送审 − 审定), and what was collected over or under the budget
 * (“一般公共预算收入46900万元,完成预算46508万元的100.8%,超收392万元”: 超收 = 收入 − 预算; 短收, 超支 likewise).
 */
const DIFFERENCE_WORDS = DIFFERENCE;
/** “领先江西”, “落后于”, “差距已被拉大到了”: a comparison of two subjects by the measure its words name. */
const LEAD_WORDS = /(?:差距|领先|落后)(?:于?[^，,；;。\d]{0,8}?)?(?:已被拉大到了|为|达|了)?$/;
const GAP_WORDS = new RegExp(`${DIFFERENCE_WORDS.source}|${LEAD_WORDS.source}`);

/**
 * The two amounts a gap is of: for a difference named as such, the two of its clause (“公务接待费支出2.05万元，年初预算
 * 为2万元，差值为0.05万元”); for a lead (领先 / 落后 / 差距), the only two of its sentence before it, one by one or as
 * one list of two, whose words name the measure the lead's own words name (“江西地方财政收入完成3059.6亿，湖南完成
 * 3063.95亿，…而地方财政收入仅领先江西5.65亿”). Other gaps, changes, last year's amounts and bounds are not among them.
 */
function pairBefore(s: SentenceClaims, i: number): [Mention, Mention] | undefined {
  const gap = s.mentions[i];
  const before = s.mentions.slice(0, i);
  if (DIFFERENCE_WORDS.test(gap.label)) {
    const clause = before.filter((m) => m.clause === gap.clause && m.depth === gap.depth && isPlainAmount(m) && !isPrior(m) && m.groupSize === 1);
    return clause.length === 2 && !clause.some((m) => GAP_WORDS.test(m.label)) ? [clause[0], clause[1]] : undefined;
  }
  const plain = (m: Mention) => m.depth === gap.depth && isPlainAmount(m) && !isPrior(m) && !isBound(m) && !GAP_WORDS.test(m.label);
  const sentence = s.mentions.filter((m, k) => k !== i && plain(m));
  const singles = sentence.every((m) => m.groupSize === 1);
  const oneList = sentence.length === 2 && sentence[0].groupSize === 2 && sentence[0].group === sentence[1].group;
  if (sentence.length !== 2 || !(singles || oneList) || sentence.some((m) => m.start > gap.start)) return undefined;
  return sameMeasure(gap, sentence) ? [sentence[0], sentence[1]] : undefined;
}

/**
 * The gap's own words name what the two amounts measure (“而地方财政收入仅领先江西” beside “江西地方财政收入完成3059.6亿”):
 * “湖南在经济总量领先江西1.8万亿” in the same sentence is a gap of another measure.
 */
function sameMeasure(gap: Mention, pair: Mention[]): boolean {
  const words = gap.label.replace(GAP_WORDS, "");
  for (let k = 0; k + MEASURE_LENGTH <= words.length; k++) {
    const part = words.slice(k, k + MEASURE_LENGTH);
    if (pair.some((m) => m.rawLabel.includes(part))) return true;
  }
  return false;
}
const MEASURE_LENGTH = 4;

function gapIssue(verdict: "rounding" | "error", gap: Mention, a: Mention, b: Mention, difference: Decimal): ClaimIssue {
  const { num, unit } = writtenUnit(gap);
  const [high, low] = a.value.greaterThanOrEqualTo(b.value) ? [a, b] : [b, a];
  const equation = `${num(high.value)} − ${num(low.value)} = ${num(difference)}${unit}`;
  return {
    rule: "difference",
    verdict,
    target: gap,
    involved: [a, b],
    subject: gap.label,
    headline:
      verdict === "rounding"
        ? `${gap.label}写${gap.text}，按 ${equation}，相差在四舍五入尾差范围内，请确认。`
        : `${gap.label}写${gap.text}，应为${num(difference)}${unit}（${high.label}${high.text} − ${low.label}${low.text}）。`,
    steps: [`${a.label} ${a.text}`, `${b.label} ${b.text}`, equation, `文中写 ${gap.text}`],
    message: `“${gap.rawLabel}${gap.text}”：${a.label}${a.text}与${b.label}${b.text}相差${num(difference)}${unit}，文中写${gap.text}。`,
    expected: num(difference),
    actual: gap.printed,
  };
}
