import { ownWords } from "./binding";
import { figureBinding, FIGURE_CONTEXT } from "./figures";
import type { ParsedParagraph } from "./parsed";
import { yearOfSentence, type Statement } from "./statements";

/**
 * “2018年“三公”经费预算数比2017年预算数减少0.06万元，减幅0.02%” with the 三公 total stated in the paragraph before
 * (“…“三公”经费预算总额为2.7万元”): a change whose own words name a figure of the catalogue with certainty, and
 * whose sentence ties it to no amount of its own, belongs to the amount the text states for that figure — the
 * same year, every statement of it the same value. Words that may name two figures (总收入) tie nothing.
 */
export function tieChangesToStatements(parsed: readonly ParsedParagraph[], statements: readonly Statement[], family: "决算" | "预算", year?: number): void {
  for (const at of parsed) {
    for (const s of at.sentences) {
      for (const claim of s.claims) {
        if (claim.kind !== "change" || claim.subject || claim.prior || claim.change.groupSize > 1) continue;
        const binding = figureBinding(ownWords(claim.change.rawLabel), family);
        if (!binding || binding.others.length > 0) continue;
        const context = FIGURE_CONTEXT[binding.figure];
        if (context && !at.generalBudget && !context.test(s.sentence)) continue;
        const when = yearOfSentence(s, claim.change, year);
        const stated = statements.filter((x) => x.figure === binding.figure && x.year === when && x.others.length === 0);
        if (stated.length === 0 || stated.some((x) => !x.mention.value.equals(stated[0].mention.value))) continue;
        claim.subject = { to: stated[0].mention, certain: true };
      }
    }
  }
}
