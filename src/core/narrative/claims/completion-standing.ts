import { HUNDRED } from "../../numbers/decimal";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { completionHolds } from "./completion";
import type { CompletionClaim } from "./extract";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { RateRelation, Telling } from "./culprit";

/**
 * An amount's completion of a budget stated with it (“28239万元,为调整预算数38651万元的73.06%”), a base as a change's prior is;
 * and the budget's side of it, a relation through a rate as a share of a whole is (./telling.ts): 留坝 2024's “完成财政总收入
 * 4348万元,占年初预算10065万元的43.2%” tells 10065 from 9183 + 1600 = 10783 (4348 ÷ 10783 = 40.32%).
 */
export function budgetStandings({ claims, reading, fits }: Pick<RelationText, "claims" | "reading" | "fits">) {
  const completions = claims.filter((c): c is CompletionClaim => c.kind === "completion" && !!c.budget);
  const budgets = (m: Mention): Judged[] =>
    completions
      .filter((c) => c.actual === m)
      .map((c) => (completionHolds(c, reading) ? { standing: "confirmed", by: fits(m, c, [c.budget, c.rate, c.alternative]) } : { standing: "contradicted" }));
  const completedOf = (m: Mention): Telling[] =>
    completions.filter((c) => c.budget === m).map((c) => ({ holds: () => completionHolds(c, reading), by: () => fits(m, c, [c.actual, c.rate]) }));
  return { budgets, completedOf };
}

/** The same completions as relations through a rate of their actual (./amount-slip.ts): the budget × the rate gives it. */
export function completionRates({ claims, reading, fits }: Pick<RelationText, "claims" | "reading" | "fits">) {
  const completions = claims.filter((c): c is CompletionClaim => c.kind === "completion" && !!c.budget);
  const verdict = (c: CompletionClaim) => {
    const allowed = percentInterval(reading.interval(c.actual!), reading.interval(c.budget!));
    return allowed && judgeDerived(c.rate.value, c.rate.unit, allowed);
  };
  return (m: Mention): RateRelation[] =>
    completions
      .filter((c) => c.actual === m && !c.alternative)
      .map((c) => ({
        rule: "completion",
        holds: () => completionHolds(c, reading),
        by: () => fits(m, c, [c.budget, c.rate]),
        through: [c.rate, c.budget!],
        gives: () => reading.value(c.budget!).times(reading.value(c.rate)).dividedBy(HUNDRED),
        breaks: () => verdict(c) === "error",
      }));
}
