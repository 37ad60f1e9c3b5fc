import { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts } from "../../numbers/verdict";
import { tiedToSlip } from "./change";
import { completeIdentity } from "./complete-list";
import type { ChangeClaim } from "./extract";
import type { Located, ParsedParagraph } from "./parsed";
import { writtenUnit } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { subsetLists } from "./subset-sum";

/**
 * “地方一般公共预算收入116059万元，较上年增加6570万元，增长6%，其中税收收入82539万元，较上年增加4674万元，增长6%；非税收入
 * 33520万元，较上年增加1896万元，增长6%”: when a “其中” list is complete (./complete-list.ts: every part of a known
 * identity, or closed by “…等其他…”), the parts' changes are the total's change — the change identity holds for any
 * whole, not only the 三公 lines the tables know. Judged only when the total and every part each have one change of
 * their paragraph tied to them with certainty, against last year (never against a budget, never both ways); a sum
 * beyond rounding is an error at the total's change naming both sides (the text alone cannot say which is wrong).
 */
export function checkListChanges(at: ParsedParagraph, reading: Reading): Located[] {
  const changes = at.sentences
    .flatMap((s) => s.claims)
    .filter((c): c is ChangeClaim => c.kind === "change" && !!c.subject?.certain && !c.againstBudget && !c.eitherWay);
  const changeOf = (m: Mention) => {
    const tied = changes.filter((c) => c.subject!.to === m);
    return tied.length === 1 ? tied[0] : undefined;
  };
  return at.sentences.flatMap((s) =>
    subsetLists(s).flatMap(({ total, parts }) => {
      const whole = changeOf(total);
      const own = parts.map(changeOf);
      if (!whole || own.some((c) => !c) || !completeIdentity(total, parts)) return [];
      const issue = judgeChanges(total, whole, parts, own as ChangeClaim[], reading);
      return issue ? [{ issue, at }] : [];
    }),
  );
}

const signed = (c: ChangeClaim, reading: Reading) => reading.value(c.change).times(c.up ? 1 : -1);
const signedInterval = (c: ChangeClaim, reading: Reading) => reading.interval(c.change).scale(new Decimal(c.up ? 1 : -1));
const words = (value: Decimal, text: (d: Decimal) => string) => `${value.isNegative() ? "减少" : "增加"}${text(value.abs())}`;

function judgeChanges(total: Mention, whole: ChangeClaim, parts: Mention[], own: ChangeClaim[], reading: Reading): Located["issue"] | undefined {
  const sum = own.reduce((acc, c) => acc.plus(signed(c, reading)), new Decimal(0));
  const judged = judgeAmounts(signed(whole, reading), signedInterval(whole, reading), sum, sumIntervals(own.map((c) => signedInterval(c, reading))));
  if (judged === "equal") return undefined;
  // a term tied to an amount found wrong (./change.ts tiedToSlip): no certain expected value, a warning
  const verdict = judged === "error" && [whole, ...own].some((c) => tiedToSlip(c, reading)) ? "warning" : judged;
  const { num, unit } = writtenUnit(whole.change);
  const terms = own.map((c, k) => `${parts[k].label}${c.up ? "增加" : "减少"}${c.change.text}`).join("，");
  const summed = `${words(sum, num)}${unit}`;
  return {
    rule: "changeSum",
    verdict,
    target: whole.change,
    involved: own.map((c) => c.change),
    subject: `${total.label}增减额`,
    headline:
      verdict === "rounding"
        ? `${total.label}${whole.up ? "增加" : "减少"}${whole.change.text}，所列各项增减合计${summed}，相差在四舍五入尾差范围内，请确认。`
        : verdict === "warning"
          ? `${total.label}${whole.up ? "增加" : "减少"}${whole.change.text}，而其中所列全部${parts.length}项的增减合计${summed}：其中有金额已查出有误，其增减额属于哪一项不能确定，请核对。`
          : `${total.label}${whole.up ? "增加" : "减少"}${whole.change.text}，而其中所列全部${parts.length}项的增减合计${summed}：合计的增减额或某一项的增减额有误。`,
    steps: [
      ...own.map((c, k) => `${parts[k].label} ${c.up ? "+" : "−"}${c.change.text}`),
      `合计 ${summed}`,
      `文中 ${total.label}${whole.up ? "增加" : "减少"}${whole.change.text}`,
    ],
    message: `“${total.rawLabel}${total.text}”：${terms}，各项增减合计${summed}，与所写${whole.up ? "增加" : "减少"}${whole.change.text}${verdict === "rounding" ? "相差在四舍五入尾差范围内" : "不符"}。`,
    expected: num(sum.abs()),
    actual: whole.change.printed,
  };
}
