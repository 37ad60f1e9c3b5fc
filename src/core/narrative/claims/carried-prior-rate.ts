import { CHANGE_WORD, isPlainAmount } from "./binding";
import { FIGURE_BUDGETS } from "./figures";
import type { Located } from "./parsed";
import type { Reading } from "./reading";
import { sameOwner, type Statement } from "./statements";
import { twoYearRateIssue } from "./stated-rate";

/**
 * “2011年四川省统计局…因公出国(境)经费支出36万元。” and in the next paragraph “2012年…安排出国(境)经费预算48万元,较2011年决算
 * 增长33%”: a rate against an earlier year's figure the text stated before. Tied only with certainty: the rate's words
 * name that year (or 上年) and only a comparison — no amount of its own, no change amount in its clause; what it measures
 * is the amount right before it in its clause, a figure the text names (./statements.ts); and exactly one amount stated
 * before it is that year's of the same item, whatever its measure (budget or actual), of the same unit. Several, or
 * none: nothing is said. The other way round, “清华大学2018年收支预算总数为269亿元。…清华大学2017年收支预算总数为233亿元,今年
 * 同比增长15.47%”: a rate naming this year right after last year's figure is of this year's, stated before under the same
 * figure and unit — again exactly one (“清华大学以269亿的大幅领先优势再度领跑” names no figure: nothing is said).
 */
export function checkCarriedPriorRates(statements: readonly Statement[], year: number | undefined, reading: Reading): Located[] {
  if (year === undefined) return [];
  return statements.flatMap((stated, k): Located[] => {
    const s = stated.at.sentences.find((x) => x.mentions.includes(stated.mention));
    if (!s) return [];
    const i = s.mentions.indexOf(stated.mention);
    const rate = s.mentions[i + 1];
    const raw = rate?.rawLabel.replace(/\s+/g, "");
    const words = raw && (RATE_WORDS.exec(raw) ?? THIS_YEAR_RATE.exec(raw));
    if (!rate || rate.kind !== "percent" || !words || rate.clause !== stated.mention.clause || rate.groupSize !== 1) return [];
    if (s.mentions.some((m) => m.kind === "amount" && m.clause === rate.clause && CHANGE_WORD.test(m.label))) return [];
    if (!isPlainAmount(stated.mention)) return [];
    const ownYear = stated.year ?? year;
    const thisYear = !!words.groups?.thisYear;
    // the year of the other amount: the one the rate names (or 上年), or this year's after last year's amount
    const other = thisYear ? year : words[1] ? Number(words[1]) : ownYear - 1;
    if (thisYear ? ownYear !== year - 1 : other === ownYear) return [];
    const others = earlierOfYear(statements, k, other, year);
    if (others.length !== 1) return [];
    const [current, prior] = thisYear ? [others[0].mention, stated.mention] : [stated.mention, others[0].mention];
    const up = UP.test(words.groups!.direction);
    const [now, then] = [reading.value(current), reading.value(prior)];
    if (now.equals(then) || now.greaterThan(then) !== up) return [];
    return twoYearRateIssue(rate, current, prior, up, reading, thisYear).map((issue) => ({ issue, at: stated.at }));
  });
}

/** “较2011年决算增长”, “比上年预算数下降”: the year compared with, its measure, and the rate's direction — nothing else. */
const RATE_WORDS = /^(?:较|比|与)(?:(\d{4})年度?|上年|去年)的?(?:决算|预算|执行|实际)?数?(?:相比)?(?<direction>增长|增加|上升|下降|减少|降低)了?$/;
/** “今年同比增长”, “本年比上年下降”: this year's rate, after last year's amount. */
const THIS_YEAR_RATE = /^(?<thisYear>今年|本年度?)(?:同比|(?:比|较)(?:上年|去年))?(?<direction>增长|增加|上升|下降|减少|降低)了?$/;
const UP = /增|升/;

/** The statements before the k-th of its item (whatever their measure) and unit, of the year named (`year`: the report's). */
export function earlierOfYear(statements: readonly Statement[], k: number, named: number, year: number): Statement[] {
  const current = statements[k];
  return statements.slice(0, k).filter((b) => itemOf(b.figure) === itemOf(current.figure) && (b.year ?? year) === named && sameOwner(b, current));
}

/** An item's figure whatever its measure: 因公出国费预算 is 因公出国费's budget. */
const ACTUAL_OF = new Map(Object.entries(FIGURE_BUDGETS).map(([actual, budget]) => [budget, actual]));
const itemOf = (figure: string) => ACTUAL_OF.get(figure) ?? figure;
/** The figure is an item's budget (因公出国费预算), not what was spent. */
export const isBudgetFigure = (figure: string) => ACTUAL_OF.has(figure);
