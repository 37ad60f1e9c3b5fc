import type { Decimal } from "../../numbers/decimal";
import { sumIntervals } from "../../numbers/rounding-interval";
import { judgeStated } from "../../numbers/verdict";
import { partsAddUp, placeName, sumConfirms } from "./confirmation-words";
import { sumOf } from "./cross";
import { FIGURE_IDENTITIES } from "./figures";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import { identityParts } from "./stated-parts";
import { sameOwner, sameSentence, type FigureLookup, type Statement } from "./statements";
import { completeLists } from "./subset-sum";
import type { Telling } from "./culprit";

/**
 * The sums an amount sits in: the catalogue's sums over the text's own statements (./stated-parts.ts, each figure tied
 * with certainty, the whole too; a sum holds within rounding), as their whole or as a part, and the sums it is the total
 * of — its identity's, or a complete list below it — that may accuse it.
 */
export function sumStandings({ statements, parsed, reading }: Pick<RelationText, "statements" | "parsed" | "reading">, tableFigure: FigureLookup) {
  const partsOf = identityParts(statements, tableFigure, reading);
  const certain = (figure: string, of: Statement) =>
    statements.find((x) => x.figure === figure && x.year === of.year && x.others.length === 0 && sameOwner(x, of));
  // a sum the amount sits in as printed: as its whole, or as a part whose statement there has the amount's value; one
  // that breaks as well with the amount at `at` says nothing of it
  const sumStanding = (s: Statement, whole: string, at?: Decimal): Judged | undefined => {
    const of = whole === s.figure ? s : certain(whole, s);
    const identity = of && partsOf(of);
    const value = reading.value(s.mention);
    if (!of || !identity || (of !== s && !identity.known.some((k) => k.figure === s.figure && reading.value(k.mention).equals(value)))) return undefined;
    const sum = sumOf(identity.known.map((k) => reading.value(k.mention)));
    const interval = sumIntervals(identity.known.map((k) => reading.interval(k.mention)));
    const broken = (stated: Decimal, parts: Decimal) => judgeStated(stated, of.mention.unit, parts, interval) === "error";
    if (!broken(reading.value(of.mention), sum)) return { standing: "confirmed", by: sumConfirms(of, s, identity.known, reading) };
    if (!at) return { standing: "contradicted" };
    return (of === s ? broken(at, sum) : broken(reading.value(of.mention), sum.minus(value).plus(at))) ? undefined : { standing: "accused" };
  };
  const sums = (m: Mention, judged?: string, at?: Decimal): Judged[] => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0);
    if (!s) return [];
    return Object.entries(FIGURE_IDENTITIES)
      .filter(([whole, parts]) => whole !== judged && (whole === s.figure || parts.includes(s.figure)))
      .flatMap(([whole]) => sumStanding(s, whole, at) ?? []);
  };
  // the text's complete lists, read once and only when a broken sum asks (most texts have none)
  let lists: ReturnType<typeof completeLists> | undefined;
  const listsOf = () => (lists ??= parsed.flatMap((at) => at.sentences.flatMap((s, i) => completeLists(s, at.sentences.slice(i + 1)))));
  // the sums it is the total of, each as whether it holds at the figures' present reading, named by its parts: its
  // identity's, where they are written when not in its own sentence, and the complete lists below it
  const identitySum = (s: Statement): Telling => ({
    holds: () => sumStanding(s, s.figure)?.standing === "confirmed",
    by: () => {
      const known = partsOf(s)!.known;
      return partsAddUp(
        s.mention,
        known.map((k) => k.mention),
        reading,
        known.every((k) => sameSentence(k, s)) ? undefined : placeName(known[0].at),
      );
    },
  });
  const ownSums = (m: Mention, judged?: string): Telling[] => {
    const s = statements.find((x) => x.mention === m && x.others.length === 0 && x.figure !== judged && FIGURE_IDENTITIES[x.figure]);
    return [
      ...(s ? [identitySum(s)] : []),
      ...listsOf()
        .filter((l) => l.total === m)
        .map((l) => ({ holds: () => reading.judgeSum(l.total, l.parts).verdict !== "error", by: () => partsAddUp(l.total, l.parts, reading) })),
    ];
  };
  const ownWhole = (m: Mention) => statements.find((x) => x.mention === m && x.others.length === 0 && FIGURE_IDENTITIES[x.figure])?.figure;
  return { sums, ownSums, ownWhole };
}
