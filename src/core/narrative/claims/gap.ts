import type { Decimal } from "../../numbers/decimal";
import { judgeAmounts } from "../../numbers/verdict";
import { isPlainAmount, isPrior } from "./binding";
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
    const pair = s.mentions.slice(0, i).filter((m) => m.clause === gap.clause && m.depth === gap.depth && isPlainAmount(m) && !isPrior(m) && m.groupSize === 1);
    if (pair.length !== 2 || pair.some((m) => GAP_WORDS.test(m.label))) return [];
    const [a, b] = pair;
    const difference = reading.value(a).minus(reading.value(b)).abs();
    const interval = reading.value(a).greaterThanOrEqualTo(reading.value(b))
      ? reading.interval(a).minus(reading.interval(b))
      : reading.interval(b).minus(reading.interval(a));
    const verdict = judgeAmounts(reading.value(gap), reading.interval(gap), difference, interval);
    return verdict === "equal" ? [] : [gapIssue(verdict, gap, a, b, difference)];
  });
}

const GAP_WORDS = /(?:差值|差额|相差)$/;

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
