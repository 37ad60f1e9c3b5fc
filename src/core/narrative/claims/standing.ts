import type { Decimal } from "../../numbers/decimal";
import { changeStandings } from "./change-standing";
import { balanceConfirmation } from "./balanced-budget";
import { budgetStandings, completionRates } from "./completion-standing";
import { fitsOf } from "./confirmation-words";
import type { Confirmation, Relations, Standing } from "./culprit";
import { combined, type Judged, type RelationText } from "./judged";
import type { Mention } from "./mentions";
import { parenthesizedStandings } from "./parenthesized-standing";
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
  year?: number,
): Relations {
  const claims = parsed.flatMap((at) => at.sentences.flatMap((x) => x.claims));
  const text: RelationText = { statements, parsed, claims, reading, year, fits: fitsOf(parsed) };
  const { sums, ownSums, ownWhole } = sumStandings(text, tableFigure);
  const { changes, totalChanges, rates, statedPriorRates, againstPrior, least } = changeStandings(text);
  const { budgets, completedOf } = budgetStandings(text);
  const completions = completionRates(text);
  const { statedAgain, namedAgain, copied, saidTwice, statedOtherwise } = restatements(text);
  const shares = sharesOf(text, resolveTotal);
  const { telling, accusing } = tellingRelations(reading, copied);
  const { ownParts, inSums, partSums, restated } = parenthesizedStandings(text, copied);
  // the whole of the other side of a balanced budget, equal as printed (./balanced-budget.ts)
  const balance = balanceConfirmation(parsed, reading);
  const balanced = (m: Mention): Judged[] => balance(m).map((by) => ({ standing: "confirmed", by }));
  const totalRelations = (m: Mention, judged?: string, at?: Decimal) => [
    ...sums(m, judged, at),
    ...totalChanges(m),
    ...budgets(m),
    ...statedAgain(m),
    ...balanced(m),
    ...namedAgain(m),
    ...ownParts(m),
    ...restated(m, at),
    ...telling(m, at, [...rates(m), ...statedPriorRates(m), ...shares(m), ...completedOf(m)]),
    ...accusing(m, at, [...rates(m), ...againstPrior(m)]),
  ];
  const ofTotal = (m: Mention, judged?: string, at?: Decimal) => combined(totalRelations(m, judged, at));
  // weighing a broken sum, a part's change with its rate only speaks for it as a total's does: only where it tells its
  // printed value from the one the sum gives it (达州 2021: 公务用车 2086 “减少12万元,下降0.58%” holds at 2066 too)
  const partRelations = (m: Mention, judged?: string, at?: Decimal) => [
    ...sums(m, judged),
    ...(at ? totalChanges(m) : changes(m)),
    ...budgets(m),
    ...saidTwice(m),
    ...statedAgain(m),
    ...balanced(m),
    ...namedAgain(m),
    ...ownParts(m),
    ...inSums(m),
    ...restated(m, at),
    ...statedOtherwise(m, at),
    ...telling(m, at, [...(at ? rates(m) : []), ...shares(m), ...completedOf(m)]),
    ...accusing(m, at, [...ownSums(m, judged), ...partSums(m), ...rates(m)]),
  ];
  const ofPart = (m: Mention, judged?: string, at?: Decimal) => combined(partRelations(m, judged, at));
  return {
    ofTotal,
    confirmationOf: (m, judged, at) => named(totalRelations(m, judged, at), "confirmed"),
    accusationOf: (m, judged, at) => named(partRelations(m, judged, at), "accused"),
    ofPart,
    least,
    anyConfirmation: (m) => [...partRelations(m), ...totalRelations(m)].find((x) => x.standing === "confirmed")?.by,
    rateRelations: (m) => [...rates(m), ...shares(m), ...completions(m)],
    settled: (m) => {
      const whole = ownWhole(m);
      return named(partRelations(m), "confirmed") ?? (whole === undefined ? undefined : named(totalRelations(m, whole), "confirmed"));
    },
  };
}

/** The relation a finding names when several combine to `standing`: the first of that standing (each names itself). */
function named(all: readonly Judged[], standing: Standing): Confirmation | undefined {
  return combined(all) === standing ? all.find((x) => x.standing === standing)?.by : undefined;
}
