import type { Decimal } from "../../numbers/decimal";
import { changeStandings } from "./change-standing";
import { budgetStandings } from "./completion-standing";
import { fitsOf } from "./confirmation-words";
import type { Relations } from "./culprit";
import { combined, type RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import { restatements } from "./restatement";
import type { TotalResolver } from "./share-total";
import { sharesOf } from "./share-telling";
import type { FigureLookup, Statement } from "./statements";
import { sumStandings } from "./sum-standing";
import { tellingRelations } from "./telling";

/**
 * The relations of the text's amounts: the catalogue's sums over the text's own statements (./sum-standing.ts) and each
 * amount's changes tied to it with certainty (./change-standing.ts), its completion of a budget stated with it
 * (./completion-standing.ts), the same figure stated again (./restatement.ts), and — weighing a broken sum — its
 * rate-only relations that tell its printed value from the one the sum gives it (./telling.ts, ./share-telling.ts).
 */
export function textRelations(
  statements: readonly Statement[],
  parsed: readonly ParsedParagraph[],
  tableFigure: FigureLookup,
  reading: Reading,
  resolveTotal: TotalResolver,
): Relations {
  const claims = parsed.flatMap((at) => at.sentences.flatMap((x) => x.claims));
  const text: RelationText = { statements, parsed, claims, reading, fits: fitsOf(parsed) };
  const { sums, ownSums, ownWhole } = sumStandings(text, tableFigure);
  const { changes, totalChanges, rates, least } = changeStandings(text);
  const budgets = budgetStandings(text);
  const { statedAgain, copied, saidTwice } = restatements(text);
  const shares = sharesOf(text, resolveTotal);
  const { telling, accusing } = tellingRelations(text, copied);
  const rateHolds = (m: Mention) => rates(m).map((r) => r.holds);
  const totalRelations = (m: Mention, judged?: string, at?: Decimal) => [
    ...sums(m, judged, at),
    ...totalChanges(m),
    ...budgets(m),
    ...statedAgain(m),
    ...telling(m, at, [...rates(m), ...shares(m)]),
    ...accusing(m, at, rateHolds(m)),
  ];
  const ofTotal = (m: Mention, judged?: string, at?: Decimal) => combined(totalRelations(m, judged, at));
  const ofPart = (m: Mention, judged?: string, at?: Decimal) =>
    combined([
      ...sums(m, judged),
      ...changes(m),
      ...budgets(m),
      ...saidTwice(m),
      ...statedAgain(m),
      ...telling(m, at, shares(m)),
      ...accusing(m, at, [...ownSums(m, judged), ...rateHolds(m)]),
    ]);
  return {
    ofTotal,
    confirmationOf: (m, judged, at) => {
      const all = totalRelations(m, judged, at);
      return combined(all) === "confirmed" ? all.find((x) => x.by)?.by : undefined;
    },
    ofPart,
    least,
    settled: (m) => {
      const whole = ownWhole(m);
      return ofPart(m) === "confirmed" || (whole !== undefined && ofTotal(m, whole) === "confirmed");
    },
  };
}
