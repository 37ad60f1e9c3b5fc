import { Decimal, HUNDRED, formatFixed } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import type { Severity } from "../../findings/finding";
import type { Claim, SentenceClaims } from "./extract";
import { intervalOf, percentInterval, percentOf } from "./interval";
import type { Mention } from "./mentions";

/** One problem found in a sentence; the caller anchors it to the text cell or line. */
export interface ClaimIssue {
  rule: string;
  severity: Severity;
  /** The words of the claim, quoted in the message. */
  quote: string;
  message: string;
  expected?: string;
  actual?: string;
}

/** A total a sentence names (“占本年支出合计的…”), found in the tables or elsewhere in the text. */
export type TotalResolver = (name: string) => { value: Decimal; unit: Decimal; where: string } | undefined;

const HUNDRED_INTERVAL = RoundingInterval.exact(HUNDRED);

/**
 * Checks a sentence against its own arithmetic (domain.md §5): growth = change ÷ last year, shares =
 * part ÷ total, completion = actual ÷ budget, direction words agree, shares of one list add up to 100%.
 * `previous` is the sentence before, whose first amount is the subject of a change stated alone.
 */
export function checkArithmetic(s: SentenceClaims, previous: SentenceClaims | undefined, resolveTotal: TotalResolver): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  for (const claim of s.claims) {
    if (claim.kind === "change") issues.push(...checkChange(claim, claim.subject ?? firstAmount(previous), s.sentence));
    if (claim.kind === "completion") issues.push(...checkCompletion(claim, s.sentence));
  }
  issues.push(...checkShareLists(s, resolveTotal));
  return issues;
}

function firstAmount(s: SentenceClaims | undefined): Mention | undefined {
  return s?.mentions.find((m) => m.kind === "amount");
}

function quote(sentence: string, from: Mention, to: Mention): string {
  const start = Math.max(0, from.start - from.rawLabel.length);
  return sentence.slice(start, to.end).trim();
}

function checkChange(claim: Extract<Claim, { kind: "change" }>, subject: Mention | undefined, sentence: string): ClaimIssue[] {
  const { change, percent } = claim;
  const q = quote(sentence, change, percent ?? change);
  if (percent && claim.percentUp !== claim.up) {
    return [{ rule: "N.direction", severity: "error", quote: q, message: `“${q}”：金额写“${claim.up ? "增加" : "减少"}”，百分比却写“${claim.percentUp ? "增长" : "下降"}”，方向矛盾。` }];
  }
  if (change.value.isZero()) {
    return [{ rule: "N.direction", severity: "warning", quote: q, message: `“${q}”：变化为0，应写“持平”（或“与上年持平”）。`, expected: "持平" }];
  }
  if (!percent || !subject) return [];
  const current = intervalOf(subject);
  const delta = intervalOf(change);
  const prior = claim.up ? current.minus(delta) : current.plus(delta);
  const expectedInterval = percentInterval(delta, prior);
  const priorText = formatFixed(claim.up ? subject.value.minus(change.value) : subject.value.plus(change.value), 2);
  if (!expectedInterval) {
    return [{ rule: "N.growth", severity: "warning", quote: q, message: `“${q}”：按本年${subject.text}推算上年为${priorText}万元，上年无此项时不应写百分比，应写“上年无此项”。` }];
  }
  if (expectedInterval.overlaps(intervalOf(percent))) return [];
  const expected = percentOf(change.value, new Decimal(priorText));
  return [{
    rule: "N.growth",
    severity: "error",
    quote: q,
    message: `“${q}”：本年${subject.text}，${claim.up ? "增加" : "减少"}${change.text}，则上年为${priorText}万元，${claim.up ? "增长" : "下降"}率应为 ${change.value}÷${priorText} = ${expected}，文中写${percent.text}。`,
    expected,
    actual: percent.text,
  }];
}

function checkCompletion(claim: Extract<Claim, { kind: "completion" }>, sentence: string): ClaimIssue[] {
  const { actual, budget, rate } = claim;
  if (!actual || !budget || budget.value.isZero()) return [];
  const expectedInterval = percentInterval(intervalOf(actual), intervalOf(budget));
  if (!expectedInterval || expectedInterval.overlaps(intervalOf(rate))) return [];
  const q = quote(sentence, actual.start < budget.start ? actual : budget, rate);
  const expected = percentOf(actual.value, budget.value);
  return [{
    rule: "N.completion",
    severity: "error",
    quote: q,
    message: `“${q}”：${actual.text}÷${budget.text} = ${expected}，文中写${rate.text}。`,
    expected,
    actual: rate.text,
  }];
}

type ShareClaim = Extract<Claim, { kind: "share" }>;

function checkShareLists(s: SentenceClaims, resolveTotal: TotalResolver): ClaimIssue[] {
  const shares = s.claims.filter((c): c is ShareClaim => c.kind === "share");
  const issues: ClaimIssue[] = [];
  for (let list = 0; list < s.listTotals.length; list++) {
    const members = shares.filter((c) => c.list === list);
    issues.push(...checkShareList(members, s.listTotals[list], s.sentence, resolveTotal));
  }
  return issues;
}

function checkShareList(members: ShareClaim[], listTotal: Mention | undefined, sentence: string, resolveTotal: TotalResolver): ClaimIssue[] {
  const partsSum = sumIntervals(members.map((c) => intervalOf(c.part)));
  const sharesSum = sumIntervals(members.map((c) => intervalOf(c.share)));
  const complete = members.length > 1 && sharesSum.overlaps(HUNDRED_INTERVAL);
  const issues: ClaimIssue[] = [];
  for (const claim of members) {
    const total = totalFor(claim, listTotal, complete ? partsSum : undefined, resolveTotal);
    if (!total) continue;
    const expectedInterval = percentInterval(intervalOf(claim.part), total.interval);
    if (!expectedInterval || expectedInterval.overlaps(intervalOf(claim.share))) continue;
    const q = quote(sentence, claim.part, claim.share);
    const expected = percentOf(claim.part.value, total.value);
    issues.push({
      rule: "N.share",
      severity: "error",
      quote: q,
      message: `“${q}”：占比应为 ${claim.part.text}÷${total.text} = ${expected}（${total.where}），文中写${claim.share.text}。`,
      expected,
      actual: claim.share.text,
    });
  }
  if (members.length > 1 && !complete && !members.some((m) => m.totalName) && sharesSum.low.greaterThan(HUNDRED)) {
    const q = quote(sentence, members[0].part, members[members.length - 1].share);
    issues.push({ rule: "N.shareSum", severity: "error", quote: q, message: `“${q}”：各项占比之和为${formatFixed(sumOf(members), 2)}%，超过100%。`, actual: `${formatFixed(sumOf(members), 2)}%`, expected: "100%" });
  }
  if (complete && listTotal && !members.some((m) => m.totalName) && !partsSum.overlaps(intervalOf(listTotal))) {
    const parts = members.map((c) => c.part.value.toFixed()).join("+");
    const sum = formatFixed(members.reduce((acc, c) => acc.plus(c.part.value), new Decimal(0)), 2);
    issues.push({
      rule: "N.listSum",
      severity: "error",
      quote: listTotal.text,
      message: `“${listTotal.rawLabel}${listTotal.text}”：其中各项 ${parts} = ${sum}万元，与所述合计不符。`,
      expected: sum,
      actual: listTotal.text,
    });
  }
  return issues;
}

function sumOf(members: ShareClaim[]): Decimal {
  return members.reduce((acc, c) => acc.plus(c.share.value), new Decimal(0));
}

function totalFor(
  claim: ShareClaim,
  listTotal: Mention | undefined,
  partsSum: RoundingInterval | undefined,
  resolveTotal: TotalResolver,
): { interval: RoundingInterval; value: Decimal; text: string; where: string } | undefined {
  if (claim.totalName) {
    const named = resolveTotal(claim.totalName);
    if (!named) return undefined;
    return { interval: RoundingInterval.of(named.value, named.unit), value: named.value, text: `${formatFixed(named.value, 2)}万元`, where: `${claim.totalName}见${named.where}` };
  }
  if (listTotal) return { interval: intervalOf(listTotal), value: listTotal.value, text: listTotal.text, where: `合计为${listTotal.text}` };
  if (!partsSum) return undefined;
  const value = partsSum.low.plus(partsSum.high).dividedBy(2);
  return { interval: partsSum, value, text: `${formatFixed(value, 2)}万元`, where: "各项之和" };
}
