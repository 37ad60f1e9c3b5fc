import { HUNDRED } from "../../numbers/decimal";
import { confirmedBy } from "./confirmation-words";
import type { Confirmation, Relations } from "./culprit";
import type { ShareClaim } from "./extract";
import { quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";

/**
 * “本年收入合计386.31万元，其中：财政拨款收入386.31万元，占100%”: a share of exactly 100%, every other part of its list 0, is
 * no rate worked out from two amounts but the statement that the part is all of its total (part = total). When the two
 * amounts differ beyond rounding the slip is in one of them, never in “100%”: the amount is named where the other is
 * confirmed by a relation of its own that holds (Relations.settled: 长寿档案馆 2020's 收入合计 386.31, “较上年决算数减少
 * 144.43万元、下降27.21%” = 144.43 ÷ (386.31 + 144.43), against a 财政拨款收入 printed 368.31) and it is not, the finding
 * naming that relation (./confirmation-words.ts confirmedBy); where both are
 * confirmed the statement itself is the slip (the share's own error stands); otherwise one warning names both amounts to
 * check. A list with another part above 0 (“…占100%；其他收入40万元，占10.35%”) says no such thing: its shares are rates.
 * `issue`: a share's finding of a list (`members`) against the total checkShare judged it by (its second figure, when
 * the text states it); anything else is left as it is.
 */
export function wholeShareIssue(issue: ClaimIssue, members: readonly ShareClaim[], reading: Reading, relations: Relations): ClaimIssue {
  const claim = issue.rule === "share" && issue.verdict === "error" ? members.find((c) => c.share === issue.target) : undefined;
  if (!claim || !claim.share.value.equals(HUNDRED) || claim.share.atLeast) return issue;
  if (members.some((c) => c !== claim && !reading.value(c.part).isZero())) return issue;
  const total = issue.involved?.[1];
  const partSettled = relations.settled(claim.part);
  const totalSettled = total && relations.settled(total);
  if (total && totalSettled && !partSettled) return slipAmount(claim.part, total, totalSettled, claim, reading);
  if (total && partSettled && !totalSettled) return slipAmount(total, claim.part, partSettled, claim, reading);
  return partSettled && totalSettled ? issue : checkBoth(claim, total, issue);
}

/** The amount of part = total that is the slip, the other confirmed (`by`, the relation that confirms it): it should be the other's value. */
function slipAmount(slip: Mention, confirmed: Mention, by: Confirmation, claim: ShareClaim, reading: Reading): ClaimIssue {
  const { num, unit } = writtenUnit(slip);
  const value = num(reading.value(confirmed));
  const subject = slip.label || "该项";
  const other = confirmed === claim.part ? claim.part.label || "该项" : "所述合计";
  const why = confirmedBy(other, confirmed, by);
  return {
    rule: "share",
    verdict: "error",
    target: slip,
    involved: [confirmed, claim.share],
    subject,
    headline: `${subject}写${slip.text}：“占${claim.share.text}”说此项与${other}${confirmed.text}相等，${why}：此项应为${value}${unit}。`,
    steps: [`“${quoted(claim.part)}，占${claim.share.text}”：该项即为合计`, why, `文中写 ${slip.text}`],
    message: `“${quoted(claim.part)}，占${claim.share.text}”说该项即为合计，两数应相等；${why}，${subject}写${slip.text}，应为${value}${unit}。`,
    expected: value,
    actual: slip.printed,
  };
}

/** Neither amount confirmed elsewhere (or the total not stated in the text): both to check, one warning at the part. */
function checkBoth(claim: ShareClaim, total: Mention | undefined, issue: ClaimIssue): ClaimIssue {
  const whole = total ? `合计${total.text}` : "合计";
  const subject = claim.part.label || "该项";
  return {
    rule: "share",
    verdict: "warning",
    target: claim.part,
    involved: [...(total ? [total] : []), claim.share],
    subject,
    headline: `${subject}写${claim.part.text}，“占${claim.share.text}”说它即为${whole}，两数不等：请核对哪一个金额有误。`,
    steps: issue.steps,
    message: `“${quoted(claim.part)}，占${claim.share.text}”说该项即为${whole}，而两数不等；文中没有别的关系能确定哪一个金额有误，请核对${subject}与合计。`,
  };
}
