import { HUNDRED } from "../../numbers/decimal";
import { judgeDerived, percentInterval } from "../../numbers/verdict";
import { completionHolds } from "./completion";
import type { CompletionClaim } from "./extract";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";
import type { RateRelation } from "./telling";

/** An amount's completion of a budget stated with it (“28239万元,为调整预算数38651万元的73.06%”), a base as a change's prior is. */
export function budgetStandings({ claims, reading, fits }: Pick<RelationText, "claims" | "reading" | "fits">) {
  const completions = claims.filter((c): c is CompletionClaim => c.kind === "completion" && !!c.budget);
  return (m: Mention): Judged[] =>
    completions
      .filter((c) => c.actual === m)
      .map((c) => (completionHolds(c, reading) ? { standing: "confirmed", by: fits(m, c, [c.budget, c.rate, c.alternative]) } : { standing: "contradicted" }));
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
