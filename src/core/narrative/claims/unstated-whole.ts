import { Decimal, HUNDRED } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { isStatedTotal } from "./binding";
import type { Confirmation, Relations } from "./culprit";
import { wholeFlowNamed } from "./figures";
import type { ShareClaim } from "./extract";
import { percentOf, quoted, writtenUnit, type ClaimIssue } from "./issue";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { namesEachPartsOwn, type TotalResolver } from "./share-total";
import { yearOfSentence } from "./statements";

interface PlacedShare {
  claim: ShareClaim;
  at: ParsedParagraph;
  /** The wholes the part and its share allow (impliedWhole). */
  whole: RoundingInterval;
}

/**
 * “(一)用于群众体育支出133.2806万元,占总数的98.53%。…(二)用于竞技体育支出1.99万元,占总数的1.47%。”: shares of one whole named
 * in the same words (“总数”) that no amount of the text or the tables bears. Each part with its share implies the whole (part ÷
 * share, an interval from the rounding of both); one whole, so those intervals must meet. Where they do not, the text says which
 * pair is the slip only when every other pair — two at least — implies one whole and that pair alone misses it, stated among
 * them (not before or after them all, where it may be of another passage's whole of that name): its share is then the slip when
 * its amount is confirmed by a relation of its own (Relations.settled), else one of the pair is. Two pairs that disagree, or
 * several apart, say only that some figure is wrong: a warning naming what to check. Shares of one paragraph alone are
 * ./implied-total.ts's; words naming one side's whole (“总支出”) answer to the amounts of that side, so they name no unstated whole.
 */
export function checkUnstatedWholes(
  parsed: readonly ParsedParagraph[],
  resolveTotal: TotalResolver,
  reading: Reading,
  relations: Relations,
  year?: number,
): Located[] {
  const stated = parsed.flatMap((at) => at.mentions.filter(isStatedTotal));
  // words naming one side's whole (“总支出”) answer to any amount of that side the text states, even in doubt: no unstated whole
  const borne = (name: string) => {
    const flow = wholeFlowNamed(name);
    return flow !== undefined && stated.some((m) => m.label.includes(flow));
  };
  const byWhole = new Map<string, PlacedShare[]>();
  for (const at of parsed) {
    for (const s of at.sentences) {
      for (const claim of s.claims) {
        if (claim.kind !== "share" || !claim.totalName || claim.share.atLeast || s.listTotals[claim.list] || s.openingTotal) continue;
        const name = claim.totalName.replace(/\s+/g, "").replace(/的$/, "");
        if (namesEachPartsOwn(name) || yearOfSentence(s, claim.part, year) !== undefined || resolveTotal(name, claim.part) || borne(name)) continue;
        const whole = impliedWhole(claim, reading);
        if (whole) byWhole.set(name, [...(byWhole.get(name) ?? []), { claim, at, whole }]);
      }
    }
  }
  // the shares of one paragraph alone are ./implied-total.ts's
  const apart = (shares: PlacedShare[]) => shares.some((s) => s.at !== shares[0].at);
  return [...byWhole.values()].filter(apart).flatMap((shares) => wholeIssues(shares, reading, relations));
}

/**
 * The wholes at which the pair holds by the one verdict (./verdict.ts judgeDerived: a share is no error within one printed unit
 * beyond its rounding): part ÷ (share ± 1.5 units) × 100, over the part's rounding; none for a part or share that may be 0.
 */
function impliedWhole(claim: ShareClaim, reading: Reading): RoundingInterval | undefined {
  const part = reading.interval(claim.part);
  const { value, unit } = claim.share;
  const [low, high] = [value.minus(unit.times(1.5)), value.plus(unit.times(1.5))];
  if (!part.low.greaterThan(0) || !low.greaterThan(0)) return undefined;
  return new RoundingInterval(part.low.times(HUNDRED).dividedBy(high), part.high.times(HUNDRED).dividedBy(low));
}

/** Where the intervals all meet, if they do. */
function meet(intervals: readonly RoundingInterval[]): RoundingInterval | undefined {
  const low = Decimal.max(...intervals.map((i) => i.low));
  const high = Decimal.min(...intervals.map((i) => i.high));
  return low.lessThanOrEqualTo(high) ? new RoundingInterval(low, high) : undefined;
}

/** A share against the whole the other pairs imply, by the one verdict. */
const missesWhole = (share: PlacedShare, whole: RoundingInterval, reading: Reading) => {
  const allowed = percentInterval(reading.interval(share.claim.part), whole);
  return !!allowed && judgeDerived(share.claim.share.value, share.claim.share.unit, allowed) === "error";
};

function wholeIssues(shares: PlacedShare[], reading: Reading, relations: Relations): Located[] {
  const parts = new Set(shares.map((s) => s.claim.part));
  if (parts.size !== shares.length || shares.length < 2) return [];
  const against = shares.map((s) => ({ share: s, others: meet(shares.filter((o) => o !== s).map((o) => o.whole)) }));
  const off = against.filter(({ share, others }) => others && missesWhole(share, others, reading));
  if (off.length === 0) return [];
  // a pair stated among the others is of their whole; one before or after them all may be of another passage's “总数”
  const among = (s: PlacedShare) => s !== shares[0] && s !== shares[shares.length - 1];
  const singled = shares.length >= 3 && off.length === 1 && among(off[0].share) ? off[0] : undefined;
  if (!singled) return [{ at: shares[0].at, issue: disagreement(shares, reading) }];
  const by = relations.settled(singled.share.claim.part);
  return [{ at: singled.share.at, issue: by ? shareSlip(singled.share, singled.others!, by, reading) : pairInDoubt(singled.share, singled.others!, reading) }];
}

const wholeName = (claim: ShareClaim) => claim.totalName!.replace(/的$/, "");
const middle = (i: RoundingInterval) => i.low.plus(i.high).dividedBy(2);
const pairText = (claim: ShareClaim) => `${claim.part.label}${claim.part.text}，占${claim.share.text}`;
const impliedText = (s: PlacedShare, reading: Reading) => {
  const { num, unit } = writtenUnit(s.claim.part);
  return `${num(reading.value(s.claim.part))}÷${s.claim.share.text} ≈ ${num(middle(s.whole))}${unit}`;
};

/** The one pair whose amount is confirmed otherwise: its share is the slip, named with the value the other pairs give. */
function shareSlip(s: PlacedShare, others: RoundingInterval, by: Confirmation, reading: Reading): ClaimIssue {
  const { claim } = s;
  const { num, unit } = writtenUnit(claim.part);
  const whole = middle(others);
  const expected = percentOf(reading.value(claim.part), whole);
  const what = `${claim.part.label || "该项"}占比`;
  return {
    rule: "share",
    verdict: "error",
    target: claim.share,
    involved: [claim.part],
    subject: what,
    headline: `${what}写${claim.share.text}：其余各项金额与占比所示${wholeName(claim)}约为${num(whole)}${unit}，按此占比应约为${expected}。`,
    steps: [
      `其余各项所示${wholeName(claim)}：${num(others.low)}～${num(others.high)}${unit}`,
      `此项金额另有印证：${by.words}${by.elsewhere ? `（${by.elsewhere}）` : ""}`,
      `${num(reading.value(claim.part))}÷${num(whole)} ≈ ${expected}`,
      `文中写 ${claim.share.text}`,
    ],
    message: `“${quoted(claim.part)}，占${wholeName(claim)}的${claim.share.text}”：文中未写${wholeName(claim)}的金额，其余各项的金额与占比所示约为${num(whole)}${unit}，此项金额另有关系印证，占比应约为${expected}，文中写${claim.share.text}。`,
    expected,
    actual: claim.share.printed,
  };
}

/** The one pair that misses the whole the others imply, its amount confirmed by nothing else: one of the two is the slip. */
function pairInDoubt(s: PlacedShare, others: RoundingInterval, reading: Reading): ClaimIssue {
  const { claim } = s;
  const { num, unit } = writtenUnit(claim.part);
  return {
    rule: "share",
    verdict: "warning",
    target: claim.share,
    involved: [claim.part],
    subject: `${claim.part.label || "该项"}占比`,
    headline: `“${pairText(claim)}”与其余各项所示${wholeName(claim)}（约${num(middle(others))}${unit}）不符：请核对此项金额或占比。`,
    steps: [`其余各项所示${wholeName(claim)}：${num(others.low)}～${num(others.high)}${unit}`, `此项：${impliedText(s, reading)}`],
    message: `“${quoted(claim.part)}，占${wholeName(claim)}的${claim.share.text}”：文中未写${wholeName(claim)}的金额，其余各项的金额与占比所示约为${num(middle(others))}${unit}，此项金额除以占比约为${num(middle(s.whole))}${unit}，请核对此项金额或占比。`,
  };
}

/** Pairs that imply different wholes with none singled out: some amount or share is wrong. */
function disagreement(shares: PlacedShare[], reading: Reading): ClaimIssue {
  const [first] = shares;
  const name = wholeName(first.claim);
  return {
    rule: "share",
    verdict: "warning",
    target: first.claim.share,
    involved: shares.flatMap((s) => [s.claim.part, s.claim.share]),
    subject: `占${name}的比重`,
    headline: `各项“占${name}”的金额与占比所示${name}不一致：请逐项核对金额与占比。`,
    steps: shares.map((s) => impliedText(s, reading)),
    message: `文中未写${name}的金额；各项金额除以占比所示${name}不一致（${shares.map((s) => `“${pairText(s.claim)}”`).join("；")}），至少一项金额或占比有误，请逐项核对。`,
  };
}
