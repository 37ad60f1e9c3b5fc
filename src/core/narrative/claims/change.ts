import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import type { ChangeClaim } from "./extract";
import { checkEveryCandidate, checkGrowth, isNoChange } from "./growth";
import type { ClaimIssue } from "./issue";
import { checkJointChange } from "./joint-change";
import type { Reading } from "./reading";
import { checkDifference, priorSlip } from "./stated-prior";

/**
 * A change whose words leave both directions (“减少(增加)0.11万元，同比下降(增加)6%”) is judged both ways: an error
 * only when neither direction holds (the leftover words themselves are the form check's).
 */
export function checkChange(claim: ChangeClaim, reading: Reading): ClaimIssue[] {
  if (!claim.eitherWay) return checkOneWay(claim, reading);
  const fails = (issues: ClaimIssue[]) => issues.some((issue) => issue.verdict === "error");
  const flipped: ChangeClaim = { ...claim, up: !claim.up, percentUp: claim.percentUp === undefined ? undefined : !claim.percentUp };
  const asWritten = checkOneWay(claim, reading);
  return fails(asWritten) && fails(checkOneWay(flipped, reading)) ? asWritten.filter((issue) => issue.verdict === "error") : [];
}

function checkOneWay(claim: ChangeClaim, reading: Reading): ClaimIssue[] {
  const { change, percent } = claim;
  const moreWord = claim.up ? "增加" : "减少";
  const rateWord = claim.up ? "增长" : "下降";
  if (percent && claim.percentUp !== claim.up && !isNoChange(claim)) {
    return [
      {
        rule: "direction",
        verdict: "error",
        target: percent,
        subject: "增减方向",
        headline: `金额写“${moreWord}${change.text}”，百分比却写“${claim.percentUp ? "增长" : "下降"}${percent.text}”，方向矛盾：应为“${rateWord}”。`,
        steps: [`${moreWord}${change.text}`, `${claim.percentUp ? "增长" : "下降"}${percent.text}`],
        message: `“${moreWord}${change.text}，${claim.percentUp ? "增长" : "下降"}${percent.text}”：金额与百分比的增减方向矛盾。`,
        expected: rateWord,
        actual: claim.percentUp ? "增长" : "下降",
      },
    ];
  }
  const subject = claim.subject?.certain ? claim.subject.to : undefined;
  if (claim.prior && subject)
    return priorSlip(claim, subject, claim.prior, reading) ?? checkDifference(claim, subject, claim.prior, reading) ?? checkGrowth(claim, subject, reading);
  return subject ? checkGrowth(claim, subject, reading) : (checkJointChange(claim, reading) ?? checkEveryCandidate(claim, reading));
}

/**
 * Whether a change's own figures confirm it exactly — the prior amount stated with it (“较2024年的2190万元减少221
 * 万元”), else its rate against the amount it is surely tied to — read at `value` when given (a correction tried).
 */
export function changeConfirmed(claim: ChangeClaim, reading: Reading, value?: Decimal): boolean {
  const subject = claim.subject?.certain ? claim.subject.to : undefined;
  if (!subject || claim.eitherWay) return false;
  const change = value ?? reading.value(claim.change);
  const delta = value ? RoundingInterval.of(value, claim.change.unit) : reading.interval(claim.change);
  const sign = new Decimal(claim.up ? 1 : -1);
  if (claim.prior) {
    const difference = reading.interval(subject).minus(reading.interval(claim.prior));
    const stated = reading.value(subject).minus(reading.value(claim.prior));
    return judgeAmounts(change.times(sign), delta.scale(sign), stated, difference) === "equal";
  }
  if (!claim.percent || claim.percentUp !== claim.up) return false;
  const current = reading.interval(subject);
  const allowed = percentInterval(delta, claim.up ? current.minus(delta) : current.plus(delta));
  return !!allowed && judgeDerived(claim.percent.value, claim.percent.unit, allowed) === "equal";
}

/**
 * A change tied to an amount found wrong (长乐 2017: “2、公务用车运行费1116.14万元,…减少596.98万元,下降39.8%”, the
 * subtotal's figure written for 运行): the line's figures were written for another item, so its change is no certain
 * term of a sum of changes — the sum names nothing as wrong for sure.
 */
export const tiedToSlip = (claim: ChangeClaim, reading: Reading): boolean => !!claim.subject?.certain && reading.foundWrong(claim.subject.to);
