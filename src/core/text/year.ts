/**
 * The year a text is about (年度). A 2024 决算 names 2024 in its titles, headings and subject sentences
 * (“2024年度收入支出总计…”, “截至2024年12月31日”); a comparison (“与2023年度相比”, “比2023年度增加”) names
 * another year by design and is never a slip.
 */

import { sentences } from "./sentences";
import { TABLE_ROW } from "./table-row";

/** Where a year was stated as the subject year of the text. */
export type YearUse = "title" | "截至" | "opening";

export interface StatedYear {
  year: number;
  use: YearUse;
  /** The words as written (“2023年度部门决算情况说明”, “截至 2023年 12 月 31 日”). */
  text: string;
  index: number;
}

/** A title or heading: “第三部分 上海市普陀区财政局 2023年度部门决算情况说明”, “…2024 年度部门决算表”. */
const TITLE = /(20\d{2})\s*年度?[^\d，。；,;]{0,16}?(?:部门|单位)?(?:决算|预算|情况说明|公开)/g;
const TITLE_MAX_LENGTH = 80;
const CLAUSES = /[，,；;]/;
/** “截至 2023年 12 月 31 日”, “截止2023年底”. */
const AS_OF = /截[至止]\s*(20\d{2})\s*年(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日|底|末)?/g;
/** A sentence that opens with its year, after an optional number and the unit's name. */
const OPENING = /^\s*(?:[\d一二三四五六七八九十]+[、.．]\s*)?([^，。；：:,;\d]{0,30}?)(20\d{2})\s*年度?/;
/**
 * Words before or after a year that make it a comparison, a range, a date in passing, a source's year (“根据河南省
 * 2022年统计年鉴，…2021年的…” names the yearbook, not the year the text is about) or the year money is carried into
 * (“结转2023年福利彩票公益金1123.276221万元” in a 2022 公告: next year's, by design), or where a history starts (“2013年开始,
 * 部属高校公开部门预算” in a 2018 report).
 */
const NOT_SUBJECT_BEFORE = /与|比|较|同|相比|对比|上年|去年|以来|自|从|继|于|在|截至|截止|到|至|及|和|根据|依据|结转|转入/;
const NOT_SUBJECT_AFTER = /^\s*年?度?\s*(?:相比|比|较|与|同|及|和|、|至|-|—|~|开始|起)/;

/** A year compared with in a title (“2016年决算数与2015年决算数对比情况”): the title's subject is the other one. */
const COMPARED = /(?:与|比|较|同|对比)\s*$/;

/** Subject years stated in one text (a cell or a paragraph). `prose`: also sentence openings. */
const ANY_YEAR = /20\d{2}/;

const NONE: readonly StatedYear[] = [];
/** A county workbook prints the same titles once per unit: each distinct short text is read once (per `prose`). */
const KNOWN: [Map<string, readonly StatedYear[]>, Map<string, readonly StatedYear[]>] = [new Map(), new Map()];
const MAX_REMEMBERED = 10_000;

export function statedYears(text: string, prose: boolean): readonly StatedYear[] {
  if (!ANY_YEAR.test(text)) return NONE;
  if (text.length > TITLE_MAX_LENGTH) return readYears(text, prose);
  const known = KNOWN[prose ? 1 : 0];
  let years = known.get(text);
  if (years) return years;
  years = readYears(text, prose);
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(text, years);
  return years;
}

function readYears(text: string, prose: boolean): StatedYear[] {
  const found: StatedYear[] = [];
  // in prose a short line with clauses (“…同比增加4,800.00元,2020 年无此项预算,2021”, cut) is a sentence, not a title
  // nor is a table's row (“2014年度决算数 | 4.06 | 0.00 |”): its year names a column's data
  if (text.length <= TITLE_MAX_LENGTH && !text.includes("。") && !(prose && (CLAUSES.test(text) || TABLE_ROW.test(text)))) {
    for (const m of text.matchAll(TITLE))
      if (!COMPARED.test(text.slice(0, m.index))) found.push({ year: Number(m[1]), use: "title", text: m[0], index: m.index ?? 0 });
  }
  for (const m of text.matchAll(AS_OF)) found.push({ year: Number(m[1]), use: "截至", text: m[0], index: m.index ?? 0 });
  if (prose) found.push(...openings(text).filter((o) => !found.some((f) => f.index <= o.index && o.index < f.index + f.text.length)));
  return found;
}

function openings(text: string): StatedYear[] {
  const out: StatedYear[] = [];
  for (const { text: sentence, start } of sentences(text)) {
    const m = OPENING.exec(sentence);
    if (m && !NOT_SUBJECT_BEFORE.test(m[1])) {
      const after = sentence.slice(m.index + m[0].length);
      if (!NOT_SUBJECT_AFTER.test(after)) {
        const at = sentence.indexOf(m[2], m.index + m[1].length);
        out.push({ year: Number(m[2]), use: "opening", text: sentence.slice(at, m.index + m[0].length), index: start + at });
      }
    }
  }
  return out;
}

/**
 * The report's year: the year most often stated as a subject year across the texts (titles, 截至, sentence
 * openings); on a tie, the later year. The 2024 test document whose 情况说明 title says 2023 still reads as
 * 2024: its table title and eight subject sentences say 2024.
 */
export function majorityYear(years: Iterable<number>): number | undefined {
  const votes = new Map<number, number>();
  for (const y of years) votes.set(y, (votes.get(y) ?? 0) + 1);
  let best: number | undefined;
  for (const [year, count] of votes) {
    const bestCount = best === undefined ? 0 : votes.get(best)!;
    if (count > bestCount || (count === bestCount && best !== undefined && year > best)) best = year;
  }
  return best;
}
