import { completionHolds } from "./completion";
import type { CompletionClaim } from "./extract";
import type { Judged, RelationText } from "./judged";
import type { Mention } from "./mentions";

/** An amount's completion of a budget stated with it (“28239万元,为调整预算数38651万元的73.06%”), a base as a change's prior is. */
export function budgetStandings({ claims, reading, fits }: Pick<RelationText, "claims" | "reading" | "fits">) {
  const completions = claims.filter((c): c is CompletionClaim => c.kind === "completion" && !!c.budget);
  return (m: Mention): Judged[] =>
    completions
      .filter((c) => c.actual === m)
      .map((c) => (completionHolds(c, reading) ? { standing: "confirmed", by: fits(m, c, [c.budget, c.rate, c.alternative]) } : { standing: "contradicted" }));
}
