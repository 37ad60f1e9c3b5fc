import { Decimal, HUNDRED } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeAmounts, judgeDerived, percentInterval } from "../../numbers/verdict";
import { isStatedTotal } from "./binding";
import { completeList } from "./complete-list";
import type { ShareClaim } from "./extract";
import { derivedHeadline, percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Mention } from "./mentions";
import { sharesMakeWhole } from "./share-sums";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { namesEachPartsOwn, type TotalResolver } from "./share-total";

interface PlacedShare {
  claim: ShareClaim;
  /** The whole the share and its part imply (part ÷ share), as the interval their printed rounding allows. */
  implied: RoundingInterval;
}

/**
 * “一般性转移支付12295.73亿元…占转移支付总量的48%。专项转移支付13310.91亿元…占转移支付总量的52%”, “货物类…7240亿元…占全国政府采购
 * 同口径规模的28.1%…工程类…13630.4亿元…占…的53%…4860.8亿元…占…的18.9%”: shares of one whole named in the same words in one
 * paragraph, the whole stated nowhere. Each part ÷ its share gives the whole; they must agree. When every share but one
 * agrees on it and that one, judged against the whole the others give, is wrong beyond rounding, that share (or its
 * part) is the slip: an error. With two shares only, which one is wrong is left open — a warning naming both — unless
 * the two parts are all of the whole and their sum is an amount the text states (wholeOfPair).
 */
export function checkImpliedTotals(parsed: readonly ParsedParagraph[], resolveTotal: TotalResolver, reading: Reading): Located[] {
  const stated = parsed.flatMap((at) => at.mentions.filter(isStatedTotal));
  return parsed.flatMap((at) => {
    const byWhole = new Map<string, PlacedShare[]>();
    for (const claim of at.sentences.flatMap((s) => s.claims)) {
      if (claim.kind !== "share" || !claim.totalName || namesEachPartsOwn(claim.totalName) || resolveTotal(claim.totalName, claim.part)) continue;
      const implied = impliedWhole(claim, reading);
      if (!implied) continue;
      const whole = claim.totalName.replace(/\s+/g, "").replace(/的$/, "");
      byWhole.set(whole, [...(byWhole.get(whole) ?? []), { claim, implied }]);
    }
    return [...byWhole.values()].flatMap((shares) => disagreement(shares, stated, reading)).map((issue) => ({ issue, at }));
  });
}

function impliedWhole(claim: ShareClaim, reading: Reading): RoundingInterval | undefined {
  const share = RoundingInterval.of(claim.share.value, claim.share.unit);
  const part = reading.interval(claim.part);
  if (!share.low.greaterThan(0) || !part.low.greaterThan(0)) return undefined;
  return new RoundingInterval(part.low.times(HUNDRED).dividedBy(share.high), part.high.times(HUNDRED).dividedBy(share.low));
}

function intersection(intervals: readonly RoundingInterval[]): RoundingInterval | undefined {
  const low = Decimal.max(...intervals.map((i) => i.low));
  const high = Decimal.min(...intervals.map((i) => i.high));
  return low.lessThanOrEqualTo(high) ? new RoundingInterval(low, high) : undefined;
}

function disagreement(shares: PlacedShare[], stated: readonly Mention[], reading: Reading): ClaimIssue[] {
  const distinct = new Set(shares.map((s) => s.claim.part));
  if (shares.length < 2 || distinct.size < shares.length || intersection(shares.map((s) => s.implied))) return [];
  const judged = shares.map((s) => {
    const others = shares.filter((o) => o !== s);
    const whole = intersection(others.map((o) => o.implied));
    const allowed = whole && percentInterval(reading.interval(s.claim.part), whole);
    return { s, whole, wrong: !!allowed && judgeDerived(s.claim.share.value, s.claim.share.unit, allowed) === "error" };
  });
  const wrong = judged.filter((j) => j.wrong);
  if (shares.length > 2 && wrong.length === 1) return [oddShare(wrong[0].s, wrong[0].whole!, shares, reading)];
  if (shares.length !== 2 || wrong.length === 0) return [];
  return wholeOfPair(shares, stated, reading) ?? (wrong.length === 2 ? [pairInDoubt(shares, reading)] : []);
}

/**
 * “市级政府采购规模29.81亿元,占采购总量的16.26%;区县级政府采购规模41.41亿元,占采购总量的83.74%” (泸州 2022 ¶5, with “实际完成
 * 采购金额71.22亿元” in ¶2): two shares of one whole adding up to 100% say their two parts are all of it — as the parts' names
 * do when they are known to be all of any whole (./complete-list.ts: “公开招标” and “非公开招标”) — so the whole is the parts'
 * sum; when that sum is an amount the text states, the parts stand — one of them wrong would miss it, and two wrong that
 * still make it up are no one slip — and the whole is that amount: each share off it is the slip, named with its value.
 * A sum the text states nowhere leaves open whether a share or an amount is wrong (pairInDoubt).
 */
function wholeOfPair(shares: PlacedShare[], stated: readonly Mention[], reading: Reading): ClaimIssue[] | undefined {
  const claims = shares.map((s) => s.claim);
  const parts = claims.map((c) => c.part);
  const name = claims[0].totalName!;
  const all = sharesMakeWhole(claims)
    ? `两项占${name}${claims.map((c) => c.share.text).join("、")}，合计100%，即两项为${name}的全部`
    : completeList(name, parts) && `${parts.map((m) => m.label).join("与")}即${name}的全部`;
  if (!all) return undefined;
  const sum = parts.reduce((acc, m) => acc.plus(reading.value(m)), new Decimal(0));
  const partsSum = sumIntervals(parts.map((m) => reading.interval(m)));
  const whole = stated.find((m) => !parts.includes(m) && judgeAmounts(reading.value(m), reading.interval(m), sum, partsSum) !== "error");
  if (!whole) return undefined;
  const issues = claims.flatMap((c) => {
    const allowed = percentInterval(reading.interval(c.part), reading.interval(whole));
    return allowed && judgeDerived(c.share.value, c.share.unit, allowed) === "error" ? [shareOfStatedWhole(c, claims, whole, all, reading)] : [];
  });
  return issues.length > 0 ? issues : undefined;
}

/** A share against the whole its pair's parts make up (`all`: why they are all of it), an amount the text states. */
function shareOfStatedWhole(claim: ShareClaim, claims: readonly ShareClaim[], whole: Mention, all: string, reading: Reading): ClaimIssue {
  const { num, unit } = writtenUnit(claim.part);
  const parts = claims.map((c) => c.part);
  const added = `${parts.map((m) => num(reading.value(m))).join(" + ")} = ${num(reading.value(whole))}${unit}`;
  const expected = percentOf(reading.value(claim.part), reading.value(whole));
  const equation = `${num(reading.value(claim.part))}÷${num(reading.value(whole))}`;
  const what = `${claim.part.label || "该项"}占比`;
  return {
    rule: "share",
    verdict: "error",
    target: claim.share,
    involved: [...parts, whole],
    subject: what,
    headline: derivedHeadline("error", what, claim.share.text, expected, equation),
    steps: [all, `${added}，与前文“${quoted(whole)}”相符`, `${equation} = ${expected}`, `文中写 ${claim.share.text}`],
    message: `“${quoted(claim.part)}，占${claim.totalName}的${claim.share.text}”：${all}；${added}（文中“${quoted(whole)}”），占比应为 ${equation} = ${expected}，文中写${claim.share.text}。`,
    expected,
    actual: claim.share.printed,
  };
}

const middle = (i: RoundingInterval) => i.low.plus(i.high).dividedBy(2);

/** The range of a whole, in the unit its part is written in (held in 万元). */
function wholeText(i: RoundingInterval, part: ShareClaim["part"]): string {
  const { num, unit } = writtenUnit(part);
  return `${num(i.low)}～${num(i.high)}${unit}`;
}

/** “12295.73亿元 ÷ 48% ≈ 25616.10亿元”: the whole as the printed part and share give it, in the part's unit. */
function printedQuotient(claim: ShareClaim, reading: Reading): string {
  const { num, unit } = writtenUnit(claim.part);
  const whole = reading.value(claim.part).times(HUNDRED).dividedBy(claim.share.value);
  return `${claim.part.text} ÷ ${claim.share.text} ≈ ${num(whole)}${unit}`;
}

function oddShare({ claim }: PlacedShare, whole: RoundingInterval, shares: PlacedShare[], reading: Reading): ClaimIssue {
  const others = shares.filter((s) => s.claim !== claim).map((s) => `${s.claim.part.text}占${s.claim.share.text}`);
  const expected = percentOf(reading.value(claim.part), middle(whole));
  const { num, unit } = writtenUnit(claim.part);
  const what = `${claim.part.label || "该项"}占比`;
  return {
    rule: "share",
    verdict: "error",
    target: claim.share,
    involved: [claim.part, ...shares.filter((s) => s.claim !== claim).flatMap((s) => [s.claim.part, s.claim.share])],
    subject: what,
    headline: `占${claim.totalName}写${claim.share.text}，而同段其他各项（${others.join("、")}）都推得${claim.totalName}约${wholeText(whole, claim.part)}，按此${claim.part.text}应占约${expected}：占比或金额有误。`,
    steps: [
      ...others.map((o) => `${o} → ${claim.totalName}约${wholeText(whole, claim.part)}`),
      `${claim.part.text} ÷ ${num(middle(whole))}${unit} ≈ ${expected}`,
      `文中写 ${claim.share.text}`,
    ],
    message: `“${quoted(claim.part)}，占${claim.share.text}”：同段其他各项推得${claim.totalName}约${wholeText(whole, claim.part)}，按此应占约${expected}，文中写${claim.share.text}。`,
    expected,
    actual: claim.share.printed,
  };
}

function pairInDoubt(shares: PlacedShare[], reading: Reading): ClaimIssue {
  const [a, b] = shares.map((s) => s.claim);
  const readings = shares.map((s) => printedQuotient(s.claim, reading));
  return {
    rule: "share",
    verdict: "warning",
    target: b.share,
    involved: [a.part, a.share, b.part],
    subject: `占${a.totalName}的比例`,
    headline: `两项都写占${a.totalName}，却推得不同的${a.totalName}（${readings.join("；")}）：其中一个占比或金额有误，请核对。`,
    steps: [...readings, `同一${a.totalName}，两者应相同`],
    message: `“${quoted(a.share)}”与“${quoted(b.share)}”：所推得的${a.totalName}不一致，至少一处有误。`,
    actual: b.share.printed,
  };
}
