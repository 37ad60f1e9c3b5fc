import { judgeDerived, percentInterval } from "../../numbers/verdict";
import type { ShareClaim } from "./extract";
import type { RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { Reading } from "./reading";
import { namesEachPartsOwn, totalFor, type TotalResolver } from "./share-total";
import { shareListTotal } from "./shares";
import type { Telling } from "./telling";

/**
 * The shares an amount sits in, as its part or as its whole (its list's total, or the total its words name: ./share-total.ts
 * totalFor), each as whether it holds at the figures' present reading (温州 党校 2019: “包括财政拨款收入4,436.33万元(…),
 * 占收入合计55.61%” with 本年收入合计7,977.75). A share of a whole each part has its own of (“占年初预算的”) is a completion,
 * and a lower bound (“占90%以上”) no figure: neither counts.
 */
export function sharesOf({ parsed, reading, fits }: Pick<RelationText, "parsed" | "reading" | "fits">, resolveTotal: TotalResolver): (m: Mention) => Telling[] {
  const all = parsed.flatMap((at) =>
    at.sentences.flatMap((s) =>
      s.claims
        .filter((c): c is ShareClaim => c.kind === "share" && !c.share.atLeast && !(c.totalName && namesEachPartsOwn(c.totalName)))
        .map((claim) => {
          const whole = () => totalFor(claim, shareListTotal(s, claim.list, reading), s.listNames[claim.list], undefined, resolveTotal, reading);
          return { claim, whole: whole()?.mention, holds: () => shareHolds(claim, whole(), reading) };
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
      .map((x) => ({ holds: x.holds, by: () => fits(m, x.claim, [x.claim.part, x.claim.share]) }));
}

function shareHolds(claim: ShareClaim, whole: ReturnType<typeof totalFor>, reading: Reading): boolean {
  const allowed = whole && percentInterval(reading.interval(claim.part), whole.interval);
  return !!allowed && judgeDerived(claim.share.value, claim.share.unit, allowed) === "equal";
}
