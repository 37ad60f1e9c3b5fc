import { isPlainAmount, ownWords } from "./binding";
import { figureBinding, FIGURE_CONTEXT, type FigureBinding } from "./figures";
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
        // a sentence stating amounts of its own before the change is about them, not about a figure stated elsewhere
        if (s.mentions.some((m) => m.start < claim.change.start && isPlainAmount(m))) continue;
        const binding = changedFigure(claim.change.rawLabel, family);
        if (!binding || binding.others.length > 0) continue;
        const context = FIGURE_CONTEXT[binding.figure];
        if (context && !at.generalBudget && !context.test(s.sentence)) continue;
        const when = yearOfSentence(s, claim.change, year);
        const fund = otherFund(at);
        const stated = statements.filter((x) => x.figure === binding.figure && x.year === when && x.others.length === 0 && otherFund(x.at) === fund);
        if (stated.length === 0 || stated.some((x) => !x.mention.value.equals(stated[0].mention.value))) continue;
        claim.subject = { to: stated[0].mention, certain: true };
      }
    }
  }
}

/**
 * “其中:因公出国(境)费同口径比2018年减少”: the figure the change's own words name — “其中” and “同口径” (on the same
 * basis) aside, “（境）” kept when the name needs it.
 */
function changedFigure(rawLabel: string, family: "决算" | "预算"): FigureBinding | undefined {
  const words = rawLabel.replace(/^\s*其中\s*[:：]?/, "");
  const named = (keep: boolean) => figureBinding(ownWords(words, keep).replace(/同口径$/, ""), family);
  return named(false) ?? named(true);
}

/** A paragraph about another fund's money (政府性基金, 国有资本经营): its 基本支出 is not the text's 基本支出. */
const OTHER_FUND = /政府性基金|国有资本经营/;
const otherFund = (at: ParsedParagraph) => OTHER_FUND.exec(at.paragraph.text)?.[0];
