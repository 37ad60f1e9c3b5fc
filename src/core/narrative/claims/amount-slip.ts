import { Decimal } from "../../numbers/decimal";
import type { RateRelation, Relations } from "./culprit";
import { quoted, writtenLike, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";

/**
 * An amount two or more independent relations through a rate run through (its change with its rate only, the shares it
 * sits in, its completion of a budget stated with it — each through figures of its own, none shared), every one broken
 * beyond rounding as printed and every one holding at one value of the amount, and no other relation holding through it
 * as printed (a sum, its change against a stated base, the figure said again): one slip in the amount explains them all,
 * a slip in any other figure only one — the amount is named, read at that value by the rate checks after (梧州 2024:
 * 工资福利支出预算 typed 1722259.71 in “…占基本支出预算81.45%,同比增加33279.22元,增长1.68%”, both holding near 2016908).
 * The value is the one a relation gives, rounded to the amount's places, at which all hold: a rate allows a range, so the
 * finding says “约”. An amount an earlier finding names already (`named`: a sum its parts break, 三门 公安 2019
 * “收入预算13347.51万元” against its parts' 16947.30) is that finding's, its rates judged as before.
 */
export function checkAmountSlips(parsed: readonly ParsedParagraph[], relations: Relations, reading: Reading, named: readonly Located[]): Located[] {
  const accused = new Set(named.filter(({ issue }) => issue.verdict === "error").map(({ issue }) => issue.target));
  return parsed.flatMap((at) =>
    at.mentions.flatMap((m) => {
      if (m.kind !== "amount" || reading.foundWrong(m) || accused.has(m)) return [];
      const issue = amountSlip(m, relations, reading);
      return issue ? [{ issue, at }] : [];
    }),
  );
}

function amountSlip(m: Mention, all: Relations, reading: Reading): ClaimIssue | undefined {
  const relations = all.rateRelations(m);
  if (relations.length < 2 || !independent(relations) || !relations.every((r) => r.breaks()) || all.anyConfirmation(m)) return undefined;
  const holdAt = (value: Decimal) => reading.readAt(m, value, () => relations.every((r) => r.holds()));
  const value = relations
    .map((r) => r.gives()?.toNearest(m.unit, Decimal.ROUND_HALF_UP))
    .find((v): v is Decimal => !!v && v.greaterThan(0) && !v.equals(m.value) && holdAt(v));
  if (!value) return undefined;
  reading.correct(m, value, m.unit);
  const fixed = writtenLike(m, value);
  const what = m.label || "该金额";
  const words = relations.map((r) => `“${r.by().words}”`);
  return {
    rule: relations[0].rule,
    verdict: "error",
    target: m,
    involved: relations.flatMap((r) => r.through),
    subject: what,
    headline: `${what}写${m.text}，应约为${fixed}：${words.join("与")}按所写金额均不符，按${fixed}均相符。`,
    steps: [...relations.map((r) => `${r.by().words}：按${m.text}不符，按${fixed}相符`), `文中写 ${m.text}`],
    message: `“${quoted(m)}”：${words.join("、")}按所写金额均不符，而按${fixed}均相符，应核对该金额（约为${fixed}）。`,
    expected: fixed,
    actual: m.printed,
  };
}

/** No two relations run through a figure in common besides the amount: a slip there could not explain both. */
function independent(relations: readonly RateRelation[]): boolean {
  const figures = relations.flatMap((r) => r.through);
  return new Set(figures).size === figures.length;
}
