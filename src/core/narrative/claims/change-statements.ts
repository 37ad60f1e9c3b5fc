import { EITHER_WAY } from "./binding";
import type { ChangeClaim, SentenceClaims } from "./extract";
import { figureNamed } from "./figures";
import type { Mention } from "./mentions";
import type { ParsedParagraph } from "./parsed";

/** A year-on-year change the text states for a figure (“公务用车购置及运行维护费支出决算比2022年度减少0.0089万元”). */
export interface ChangeStatement {
  figure: string;
  /** The change mention; absent for a change stated in words only (“较上年持平”: 0). */
  change?: Mention;
  /** The claim the change is read from (its rate, the amount it is tied to). */
  claim?: ChangeClaim;
  /** +1 for 增加, −1 for 减少. */
  sign: 1 | -1;
  at: ParsedParagraph;
  /** Against last year, or against the budget (“比预算数减少”). */
  basis: Basis;
}
export type Basis = "year" | "budget";

/** Comparison words a change may carry; a change with none repeats the comparison of the change before it. */
const COMPARES = /比|较|与|同比|环比/;

/** “…比2022年度减少”, “…各增加”: the words after the figure's name. */
const COMPARED = /((?:同口径)?(比|较|与)\s*(\d{4}年度?|上年度?|上一年度?|去年)(相比)?[，,]?)?\s*(各|均|共)?(增加|减少|增长|下降|上升|降低)了?$/;
/**
 * “因公出国（境）经费40万元，较上年持平；” / “与上年一致” / “无增减变化”: no change, said in words right after the
 * amount (up to the next figure or “；”). “基本持平” is a judgement, not a change of 0, and is never read so.
 */
const FLAT_AFTER = /^[^；;。\d]*?(?<!基本)(?:持平|无增减|无变化|未发生增减变动|与上年一致|与上年相同)/;

/**
 * “因公出国支出决算比预算无增减变化，比去年无增减变化；”: a figure's change of 0 stated in words with no amount at
 * all — the clause names the figure, compares it with last year and says it did not change.
 */
const FLAT_IN_WORDS =
  /(?:^|[，,；;。：:])([^，,；;。：:\d]+?)(?:比预算[^，,；;。\d]*[，,])?(?:比|较|与)(?:去年|上年度?|上一年度?)(?:相比)?(?:无增减变化|无增减|无变化|持平|未发生增减变动)(?=$|[，,；;。])/g;

function flatInWords(sentence: string, family: "决算" | "预算"): string[] {
  return [...sentence.matchAll(FLAT_IN_WORDS)].flatMap((m) => {
    const figure = figureNamed(m[1].replace(/^其中/, "").replace(/\s+/g, ""), family);
    return figure ? [figure] : [];
  });
}

/**
 * “…减少5818.9万元,主要是因公出国(境)费减少1485.38万元”: the words that a total's change is mainly its parts' — the part's
 * name follows (a sum of changes is judged only when every part of its identity is named, so “主要” leaves none out).
 */
const MAINLY = /^(?:主要是|主要为|主要系|主要有)/;

/** “较年初预算数”: words that only name the comparison, not the figure. */
const BUDGET_ONLY = /^(?:比|较|与)(?:当年|本年)?(?:年初|全年)?预算数?$/;

/** “和年初预算持平”, “与预算一致”: no change against the budget. */
const FLAT_VS_BUDGET = /(?:比|较|与|和|同)(?:当年|本年)?(?:年初|全年)?预算/;

/** “比预算增加0万元”: a change against the budget, not against last year. */
const AGAINST_BUDGET = /(?:比|较|与)(?:当年|本年)?(?:年初|全年)?预算/;
/** “公务用车运行维护费支出决算比预算无增减变化，”: the item named before its comparison with the budget. */
const BEFORE_BUDGET = /(?:^|[，,；;。：:])(?:其中)?([^，,；;。：:\d]+?)比预算[^，,；;。：:\d]*[，,][^，,；;。：:\d]*$/;

/** “X比预算…，比去年增加A”: the change of X, named in the clause before the one that states it. */
function namedBeforeBudget(before: string, family: "决算" | "预算"): string | undefined {
  const name = BEFORE_BUDGET.exec(before)?.[1];
  return name ? figureNamed(name.replace(/\s+/g, ""), family) : undefined;
}

/**
 * The changes the text states for catalogue figures, each with its basis (a name opening with the report's own year,
 * “2018年度“三公”经费支出决算数比2017年减少”, is the figure's): “比预算数减少1.94亿元；公务用车…30.87亿元，
 * 减少3.72亿元” — a change that names no comparison repeats the one of the change before it in its sentence.
 */
export function changeStatements(parsed: readonly ParsedParagraph[], family: "决算" | "预算", year?: number): ChangeStatement[] {
  const ownYear = year === undefined ? undefined : new RegExp(`^${year}年度?`);
  return parsed.flatMap((at) =>
    at.sentences.flatMap((s) => {
      let last: Basis = "year";
      // “公务接待费较上年减少1.64万元，较年初预算数减少0.29万元”: a change naming nothing, right after the change of a
      // named figure in the same clause (no amount between), is that figure's too
      let named: { figure: string; clause: number; end: number } | undefined;
      return [
        ...flatInWords(s.sentence, family).map((figure): ChangeStatement => ({ figure, sign: 1, at, basis: "year" })),
        ...s.claims.flatMap((claim): ChangeStatement[] => {
          if (claim.kind === "amount") {
            const figure = figureNamed(claim.mention.label, family);
            const flat = figure ? FLAT_AFTER.exec(s.sentence.slice(claim.mention.end - s.start)) : null;
            // “因公出国（境）经费0万元，和年初预算持平”: no change against the budget
            return figure && flat ? [{ figure, sign: 1, at, basis: FLAT_VS_BUDGET.test(flat[0]) ? "budget" : "year" }] : [];
          }
          if (claim.kind !== "change") return [];
          const raw = claim.change.rawLabel;
          const basis: Basis = claim.againstBudget || AGAINST_BUDGET.test(raw) ? "budget" : COMPARES.test(raw) ? "year" : last;
          last = basis;
          // a change whose direction the words leave open (“增加(减少)”) adds nothing certain to a sum of changes — unless
          // it is 0 (“增加/减少0万元”: no change whichever word was meant)
          if (claim.eitherWay && !claim.change.value.isZero()) return [];
          const own = raw
            .replace(EITHER_WAY, "增加")
            .replace(COMPARED, "")
            .replace(/\s+/g, "")
            .replace(BUDGET_ONLY, "")
            .replace(ownYear ?? /^$/, "")
            .replace(MAINLY, "");
          const figure =
            (own && figureNamed(own, family)) ||
            (claim.subject?.certain && figureNamed(claim.subject.to.label, family)) ||
            (!own && namedBeforeBudget(s.sentence.slice(0, claim.change.start - s.start), family)) ||
            (!own && !claim.subject && named && followsNamed(s, named, claim.change) ? named.figure : undefined);
          named = figure ? { figure, clause: claim.change.clause, end: claim.change.end } : undefined;
          return figure ? [{ figure, change: claim.change, claim, sign: claim.up ? 1 : -1, at, basis }] : [];
        }),
      ];
    }),
  );
}

/** The change comes right after the named one, in its clause, with no amount between but rates. */
function followsNamed(s: SentenceClaims, named: { clause: number; end: number }, change: Mention): boolean {
  return change.clause === named.clause && !s.mentions.some((m) => m.kind === "amount" && m.start >= named.end && m.end <= change.start);
}
