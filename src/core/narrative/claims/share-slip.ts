import { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import { percentOf, quoted, writtenLike, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import type { ShareTotal } from "./share-total";
import type { ShareClaim } from "./extract";

/**
 * “中央预算单位、地方预算单位政府采购规模分别为2890.7亿元和30400.7亿元，占全国政府采购规模的8.1%和91.9%” (全国 33067.0):
 * in a list whose shares make up the whole, one share fails, every other holds, and the part read as the total − the
 * other parts (2666.3) agrees with the share written: the amount is the slip, not the share — one finding naming it.
 */
export function shareListSlip(
  judged: { claim: ShareClaim; total?: ShareTotal; issue?: ClaimIssue }[],
  reading: Reading,
): { target: Mention; issue: ClaimIssue } | undefined {
  const failing = judged.filter((j) => j.issue);
  if (failing.length !== 1 || failing[0].issue!.verdict !== "error" || !failing[0].total) return undefined;
  const { claim, total } = failing[0] as { claim: ShareClaim; total: ShareTotal };
  const others = judged.filter((j) => j !== failing[0]).map((j) => j.claim.part);
  const right = total.value.minus(others.reduce((acc, m) => acc.plus(reading.value(m)), new Decimal(0)));
  if (!right.greaterThan(0)) return undefined;
  // the amount must break the sum too: within rounding of whole − the others it may be right (新余 0.72 of 1.32)
  const partsSum = sumIntervals(judged.map((j) => reading.interval(j.claim.part)));
  const sum = judged.reduce((acc, j) => acc.plus(reading.value(j.claim.part)), new Decimal(0));
  if (judgeAmounts(total.value, total.interval, sum, partsSum) !== "error") return undefined;
  const allowed = percentInterval(total.interval.minus(sumIntervals(others.map((m) => reading.interval(m)))), total.interval);
  if (!allowed || judgeDerived(claim.share.value, claim.share.unit, allowed) !== "equal") return undefined;
  const { num } = writtenUnit(claim.part);
  const what = claim.part.label || "该项";
  const fixed = writtenLike(claim.part, right);
  const whole = writtenLike(claim.part, total.value);
  const terms = `${num(total.value)} − ${others.map((m) => num(reading.value(m))).join(" − ")}`;
  return {
    target: claim.share,
    issue: {
      rule: "share",
      verdict: "error",
      target: claim.part,
      involved: [claim.share, ...others, ...(total.mention ? [total.mention] : [])],
      subject: what,
      headline: `${what}写${claim.part.text}，应为${fixed}：${whole}减去其他各项为${fixed}，与所写占比${claim.share.text}相符。`,
      steps: [
        `${total.where}：${whole}`,
        `${terms} = ${fixed}`,
        `${fixed}÷${num(total.value)} = ${percentOf(right, total.value)}，与文中${claim.share.text}相符`,
        `文中写 ${claim.part.text}`,
      ],
      message: `“${quoted(claim.part)}，占${claim.share.text}”：按${total.where}${whole}减去其他各项，${what}应为${fixed}，所写占比与之相符。`,
      expected: fixed,
      actual: claim.part.printed,
    },
  };
}
