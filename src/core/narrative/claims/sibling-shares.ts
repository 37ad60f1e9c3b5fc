import { Decimal } from "../../numbers/decimal";
import { RoundingInterval, sumIntervals } from "../../numbers/rounding-interval";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import type { Claim } from "./extract";
import { figureNamed, FIGURE_IDENTITIES } from "./figures";
import { percentOf, quoted, writtenUnit } from "./issue";
import { namesEachPartsOwn } from "./share-total";
import type { Located, ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { yearOfSentence } from "./statements";

type ShareClaim = Extract<Claim, { kind: "share" }>;
interface PlacedShare {
  claim: ShareClaim;
  at: ParsedParagraph;
  /** The catalogue figure its part is (基本支出, 项目支出). */
  figure: string;
}

/**
 * “基本支出预算 2476260.58 元，占一般公共预算支出的84.06%” and, paragraphs later, “项目支出 469500 元，占一般公共预算支出的
 * 19.62%”: shares of one parent named in the same words, whose parts are different parts of one identity of the
 * catalogue (基本支出 and 项目支出 never overlap). The parent holds them all, so it is at least their sum, and no
 * share can exceed part ÷ (sum of the parts): 469500 ÷ 2945760.58 = 15.94% at most. A share above that, beyond
 * rounding, is an error whatever else the parent holds; a share below it says nothing (the parent may hold more).
 */
export function checkSiblingShares(parsed: readonly ParsedParagraph[], family: "决算" | "预算", reading: Reading, year?: number): Located[] {
  const byParent = new Map<string, PlacedShare[]>();
  for (const at of parsed) {
    for (const s of at.sentences) {
      for (const claim of s.claims) {
        if (claim.kind !== "share" || !claim.totalName || namesEachPartsOwn(claim.totalName) || yearOfSentence(s, claim.part, year) !== undefined) continue;
        const figure = figureNamed(claim.part.label, family);
        if (!figure) continue;
        const parent = claim.totalName.replace(/\s+/g, "").replace(/的$/, "");
        byParent.set(parent, [...(byParent.get(parent) ?? []), { claim, at, figure }]);
      }
    }
  }
  return [...byParent.values()].flatMap(siblingIssues(reading));
}

const siblingIssues =
  (reading: Reading) =>
  (shares: PlacedShare[]): Located[] => {
    const figures = new Set(shares.map((s) => s.figure));
    const disjoint = figures.size === shares.length && shares.length > 1;
    if (!disjoint || !Object.values(FIGURE_IDENTITIES).some((parts) => [...figures].every((f) => parts.includes(f)))) return [];
    const parts = shares.map((s) => s.claim.part);
    const sum = sumIntervals(parts.map((p) => reading.interval(p)));
    const sumValue = parts.reduce((acc, p) => acc.plus(reading.value(p)), new Decimal(0));
    return shares.flatMap(({ claim, at }): Located[] => {
      const most = percentInterval(reading.interval(claim.part), sum);
      const share = claim.share;
      // anything from 0 up to that bound agrees (the one verdict: beyond one printed unit above it is an error)
      if (!most || judgeDerived(share.value, share.unit, new RoundingInterval(new Decimal(0), most.high)) !== "error") return [];
      const { num, unit } = writtenUnit(claim.part);
      const expected = percentOf(reading.value(claim.part), sumValue);
      const others = shares.filter((s) => s.claim !== claim).map((s) => `${s.claim.part.label}${s.claim.part.text}`);
      const terms = parts.map((p) => num(reading.value(p))).join(" + ");
      return [
        {
          at,
          issue: {
            rule: "share",
            verdict: "error",
            target: share,
            involved: parts,
            subject: `${claim.part.label}占比`,
            headline: `${claim.part.label}占${claim.totalName}写${share.text}，而${claim.totalName}至少含${claim.part.label}与${others.join("、")}（${terms} = ${num(sumValue)}${unit}），占比至多${expected}。`,
            steps: [
              `${terms} = ${num(sumValue)}${unit}（${claim.totalName}至少为此数）`,
              `${num(reading.value(claim.part))}÷${num(sumValue)} = ${expected}`,
              `文中写 ${share.text}`,
            ],
            message: `“${quoted(claim.part)}，占${claim.totalName}${share.text}”：同一${claim.totalName}还含${others.join("、")}，占比至多为 ${expected}，文中写${share.text}。`,
            expected,
            actual: share.printed,
          },
        },
      ];
    });
  };
