import { checkChange } from "./change";
import { checkCompletion } from "./completion";
import type { SentenceClaims } from "./extract";
import type { Relations } from "./culprit";
import type { ClaimIssue } from "./issue";
import type { Reading } from "./reading";
import type { TotalResolver } from "./share-total";
import { checkShareLists } from "./shares";

/**
 * Checks a sentence against its own arithmetic (docs/domain.md §5): growth = change ÷ last year, shares =
 * part ÷ total, completion = actual ÷ budget, direction words agree, shares of one list add up to 100%.
 * A change is judged only against the amount it is tied to with certainty (./binding.ts). Figures already
 * found wrong against the tables are read at their table value, so one slip is reported once.
 */
export function checkArithmetic(s: SentenceClaims, resolveTotal: TotalResolver, reading: Reading, relations: Relations): ClaimIssue[] {
  const issues: ClaimIssue[] = [];
  for (const claim of s.claims) {
    if (claim.kind === "change") issues.push(...checkChange(claim, reading));
    if (claim.kind === "completion") issues.push(...checkCompletion(claim, reading));
  }
  issues.push(...checkShareLists(s, resolveTotal, reading, relations));
  return issues;
}
