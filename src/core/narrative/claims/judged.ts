import type { Confirmation, Standing } from "./culprit";
import type { Claim } from "./extract";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";
import type { Reading } from "./reading";
import type { Statement } from "./statements";

/** A relation's standing, with the relation as a finding names it when it confirms (./culprit.ts Confirmation). */
export interface Judged {
  standing: Standing;
  by?: Confirmation;
}

/** The text a figure's relations are read from (./standing.ts textRelations), and how a finding words a claim about it. */
export interface RelationText {
  statements: readonly Statement[];
  parsed: readonly ParsedParagraph[];
  claims: readonly Claim[];
  reading: Reading;
  /** The report's year, if known (a year written before an amount names another year only when it is not this one). */
  year?: number;
  /** The words of a claim about an amount, as written, and where when not in the amount's own sentence. */
  fits(m: Mention, claim: Claim, mentions: readonly (Mention | undefined)[]): Confirmation;
}

/**
 * Several relations: any broken one contradicts — accuses, when one holds at the value the broken sum gives the figure —
 * unless another holds (then the figure is left as if in none).
 */
export function combined(all: readonly Judged[]): Standing {
  const has = (standing: Standing) => all.some((x) => x.standing === standing);
  const broken = has("accused") ? "accused" : has("contradicted") ? "contradicted" : undefined;
  if (broken) return has("confirmed") ? "free" : broken;
  return has("confirmed") ? "confirmed" : "free";
}
