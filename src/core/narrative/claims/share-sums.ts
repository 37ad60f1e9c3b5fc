import { Decimal, formatFixed, HUNDRED } from "../../numbers/decimal";
import { ECONOMIC_CLASSES, FUNCTION_CLASSES } from "../../recognition/classification-names";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import type { ShareClaim } from "./extract";

/** What sibling shares add up to, within their rounding. */
export const sharesSum = (members: readonly ShareClaim[]): RoundingInterval =>
  sumIntervals(members.map((c) => RoundingInterval.of(c.share.value, c.share.unit)));

/** Whether sibling shares add up to 100% within their rounding: their parts are all of their whole. */
export const sharesMakeWhole = (members: readonly ShareClaim[]): boolean => sharesSum(members).overlaps(ALL);
const ALL = RoundingInterval.exact(HUNDRED);

const CLASS_NAMES = [...Object.keys(FUNCTION_CLASSES), ...Object.keys(ECONOMIC_CLASSES)];

/**
 * Whether two parts of a list end in the same class name (“中国人民大学教育支出48.79亿元,占比达96.72%;吉林大学教育支出
 * 60.05亿元,占比为95.22%”): a whole lists each class once, so these are one item of two wholes stated side by side, and
 * their shares are not parts of one 100%.
 */
export function repeatsAClass(members: readonly ShareClaim[]): boolean {
  const classes = members.flatMap((c) => CLASS_NAMES.filter((name) => c.part.label.endsWith(name)));
  return new Set(classes).size < classes.length;
}

/** Sibling shares of one list that add up to more than 100%. */
export function shareSumIssue(members: ShareClaim[]): ClaimIssue {
  const sum = formatFixed(
    members.reduce((acc, c) => acc.plus(c.share.value), new Decimal(0)),
    2,
  );
  const terms = members.map((c) => c.share.text).join(" + ");
  return {
    rule: "shareSum",
    verdict: "error",
    target: members[0].share,
    involved: members.flatMap((c) => [c.share, c.part]),
    subject: "各项占比之和",
    headline: `各项占比之和为${sum}%，超过100%：至少一项占比有误。`,
    steps: [`${terms} = ${sum}%`],
    message: `“${quoted(members[0].part)}……占${members[members.length - 1].share.text}”：各项占比之和为${sum}%，超过100%。`,
    actual: `${sum}%`,
    expected: "100%",
  };
}

/** A list whose shares make up the whole, against the total it states: the parts must add up to it. */
export function listSumIssue(members: ShareClaim[], listTotal: Mention, partsSum: RoundingInterval, reading: Reading): ClaimIssue | undefined {
  const { num, unit } = writtenUnit(listTotal);
  if (reading.checked.has(listTotal) && members.every((c) => reading.checked.has(c.part))) return undefined;
  const sum = members.reduce((acc, c) => acc.plus(reading.value(c.part)), new Decimal(0));
  const verdict = judgeAmounts(reading.value(listTotal), reading.interval(listTotal), sum, partsSum);
  if (verdict === "equal") return undefined;
  const parts = members.map((c) => num(reading.value(c.part))).join(" + ");
  return {
    rule: "listSum",
    verdict,
    target: listTotal,
    involved: members.map((c) => c.part),
    subject: `${listTotal.label || "合计"}`,
    headline:
      verdict === "rounding"
        ? `所述合计${listTotal.text}与其中各项之和${num(sum)}${unit}相差在四舍五入尾差范围内，请确认。`
        : `所述合计${listTotal.text}，其中各项之和为${num(sum)}${unit}，两者不符：合计或某一项有误。`,
    steps: [`${parts} = ${num(sum)}${unit}`, `文中合计 ${listTotal.text}`],
    message: `“${quoted(listTotal)}”：其中各项 ${parts} = ${num(sum)}${unit}，与所述合计不符。`,
    expected: num(sum),
    actual: listTotal.printed,
  };
}
