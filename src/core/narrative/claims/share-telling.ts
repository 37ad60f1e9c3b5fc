import { HUNDRED } from "../../numbers/decimal";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import type { ShareClaim } from "./extract";
import type { RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { sharesMakeWhole } from "./share-sums";
import { namesEachPartsOwn, totalFor, type TotalResolver } from "./share-total";
import { shareListTotal } from "./shares";
import type { RateRelation } from "./culprit";

/**
 * The shares an amount sits in, as its part or as its whole (its list's total, or the total its words name: ./share-total.ts
 * totalFor), each as whether it holds at the figures' present reading (温州 党校 2019: “包括财政拨款收入4,436.33万元(…),
 * 占收入合计55.61%” with 本年收入合计7,977.75). A share of a whole each part has its own of (“占年初预算的”) is a completion,
 * and a lower bound (“占90%以上”) no figure: neither counts.
 */
export function sharesOf(
  { parsed, reading, fits }: Pick<RelationText, "parsed" | "reading" | "fits">,
  resolveTotal: TotalResolver,
): (m: Mention) => RateRelation[] {
  const all = parsed.flatMap((at) =>
    at.sentences.flatMap((s) =>
      s.claims
        .filter((c): c is ShareClaim => c.kind === "share" && !c.share.atLeast && !(c.totalName && namesEachPartsOwn(c.totalName)))
        .map((claim) => {
          const whole = () => totalFor(claim, shareListTotal(s, claim.list, reading), s.listNames[claim.list], undefined, resolveTotal, reading);
          const members = s.claims.filter((c): c is ShareClaim => c.kind === "share" && c.list === claim.list);
          // the shares of a list making up its whole are, through the whole, one relation with its every part: their sum
          const list = members.length > 1 && sharesMakeWhole(members) ? members.flatMap((c) => [c.part, c.share]) : [];
          const judge = () => shareVerdict(claim, whole(), reading);
          return { claim, whole: whole()?.mention, holds: () => judge() === "equal", judge, total: whole, list };
        }),
    ),
  );
  // a share through a figure an earlier finding corrected (read at its value from then on) tells nothing of the other
  const through = (x: (typeof all)[number], m: Mention) => (x.claim.part === m ? x.whole : x.claim.part);
  return (m) =>
    all
      .filter((x) => {
        const other = through(x, m);
        return (x.claim.part === m || x.whole === m) && !(other && reading.foundWrong(other));
      })
      .map((x) => ({
        rule: "share",
        holds: x.holds,
        by: () => fits(m, x.claim, [x.claim.part, x.claim.share]),
        through: x.claim.part === m ? [x.claim.share, ...(x.whole ? [x.whole] : [])] : x.list.length > 0 ? x.list : [x.claim.share, x.claim.part],
        gives: () => shareGives(x.claim, x.total(), m, reading),
        breaks: () => x.judge() === "error",
      }));
}

function shareVerdict(claim: ShareClaim, whole: ReturnType<typeof totalFor>, reading: Reading) {
  const allowed = whole && percentInterval(reading.interval(claim.part), whole.interval);
  return allowed ? judgeDerived(claim.share.value, claim.share.unit, allowed) : undefined;
}

/** The amount a share gives `m`, its part (the whole × the share) or its whole (the part ÷ the share). */
function shareGives(claim: ShareClaim, whole: ReturnType<typeof totalFor>, m: Mention, reading: Reading) {
  const share = reading.value(claim.share);
  if (!whole || share.isZero()) return undefined;
  return claim.part === m ? whole.value.times(share).dividedBy(HUNDRED) : reading.value(claim.part).times(HUNDRED).dividedBy(share);
}
