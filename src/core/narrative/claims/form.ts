import { toHalfWidth } from "../../numbers/parse-number";
import { findLeftovers, type Leftover } from "../../text/leftovers";
import { statedYears, type StatedYear } from "../../text/year";
import { sentenceAt } from "../../text/sentences";
import type { ClaimIssue } from "./issue";
import { isBound } from "./binding";
import { findMentions } from "./mentions";
import type { Located, ParsedParagraph } from "./parsed";

/**
 * The form of the text (写法): template leftovers, a percentage without its %, and a subject year other than the
 * report's (a rate printed with fewer decimals than the rest of the text: ./digits.ts).
 */
export function checkForm(at: ParsedParagraph, year: number | undefined, family: "决算" | "预算", covered: ReadonlySet<number> = NO_YEARS): Located[] {
  const text = at.paragraph.text;
  // a budget text describes last year's execution in sentences of their own (“2021年度“三公”经费合计支出…”) and the
  // state its year starts from (“截至2022年底,我区法定债务余额为…” in a 2023 预算调整), and a 决算 text next year's budget
  // (“按照河南省2014年的财政预算报告，2014年…预算…” in a 2013 决算) and the date it was written (“截至2023年7月底,共完成审计项目
  // 29个” in a report on 2022)
  const years = year === undefined ? [] : statedYears(toHalfWidth(text), true);
  // a paragraph setting two years side by side (“…2022年的“三公”经费决算数合计为1000.86万…。2021年的三公经费决算数合计为
  // 807.95万…”) states last year's figures in a sentence of their own beside the report year's (an absence alone,
  // “2014年本单位无因公出国(境)支出”, is still a year to check)
  // — and a table's header row its two years' columns (“项目 | 2022年预算数 | 2023年预算数 | 2023年预算数增减”)
  const sideBySide = (use: StatedYear["use"]) => years.some((y) => y.use === use && y.year === year);
  const expected = (y: StatedYear) =>
    y.year === year ||
    covered.has(y.year) ||
    (y.use !== "title" && family === "预算" && y.year === year! - 1) ||
    (y.use === "opening" &&
      y.year === year! - 1 &&
      (family === "预算" ||
        ((sideBySide("opening") || pairedInSentence(sentenceAt(text, y.index), year!)) && findMentions(sentenceAt(text, y.index)).length > 0))) ||
    (y.use === "title" && y.year === year! - 1 && sideBySide("title")) ||
    (y.use === "opening" && family === "决算" && y.year === year! + 1 && BUDGET.test(sentenceAt(text, y.index))) ||
    (y.use === "截至" && y.year === year! + 1 && writtenAfter(toHalfWidth(text).slice(y.index)));
  return [
    ...findLeftovers(text).map((l) => ({ at, issue: leftoverIssue(l) })),
    ...missingPercentSigns(toHalfWidth(text)).map((issue) => ({ at, issue })),
    ...(year === undefined
      ? []
      : years
          .filter((y) => !expected(y) && !(y.use === "opening" && claimsNothing(sentenceAt(text, y.index))))
          .map((y) => ({ at, issue: yearIssue(y, year) }))),
  ];
}

const NO_YEARS: ReadonlySet<number> = new Set();

/**
 * “2024年…“三公”经费执行数2010.95万元,2025年“三公”经费预算数2005.41万元,较上年预算数减少94.91万元”: a sentence opening with
 * last year whose next clause opens with the report's year sets the two years side by side in one sentence (a year
 * after “比” / “较” — “…支出X万元,比2024年预算减少…” — is a base, no clause of its own).
 */
const pairedInSentence = (sentence: string, year: number) => new RegExp(String.raw`[，,；;]\s*${year}\s*年`).test(toHalfWidth(sentence));

/**
 * Years a title names beside the report's (“关于…“三公”经费2011年决算和2012年预算情况的说明” in a 2012 text): the text
 * speaks of both, so neither is a slip where its titles or sentences state it.
 */
export function coveredYears(parsed: readonly ParsedParagraph[], year: number | undefined): ReadonlySet<number> {
  const covered = new Set<number>();
  if (year === undefined) return covered;
  for (const at of parsed) {
    const titles = statedYears(toHalfWidth(at.paragraph.text), true).filter((y) => y.use === "title");
    if (titles.some((y) => y.year === year)) for (const y of titles) covered.add(y.year);
  }
  return covered;
}

/**
 * A sentence that states no amount or rate and no absence (“无”, “未”) claims no figure of the year it opens with:
 * history (“2011年市旅游局在转变成市旅游委后…”) or what a later year's publication contains, not a figure misdated. Bounds
 * are no figures either: “2020年我省一般公共预算教育支出首破700亿元关口,2022年突破800亿元关口” (山西 2023) tells the
 * thresholds passed in earlier years.
 */
function claimsNothing(sentence: string): boolean {
  return findMentions(sentence).every(isBound) && !ABSENCE.test(sentence);
}
const ABSENCE = /[无未]/;

const BUDGET = /预算/;

export function leftoverIssue(l: Leftover): ClaimIssue {
  return {
    rule: "leftover",
    verdict: "error",
    position: l.index,
    span: { start: l.index, end: l.index + l.text.length },
    subject: `模板残留（${l.kind}）`,
    headline: `“${l.text}”：${l.advice}。`,
    steps: [`文中“${l.text}”`],
    message: `文中“${l.text}”：${l.advice}。`,
    actual: l.text,
  };
}

export function yearIssue(y: StatedYear, year: number): ClaimIssue {
  const fixed = y.text.replace(String(y.year), String(year));
  const where = y.use === "title" ? "标题" : y.use === "截至" ? "截至日期" : "句首年度";
  return {
    rule: "year",
    verdict: "warning",
    position: y.index,
    span: { start: y.index, end: y.index + y.text.length },
    subject: `年度（${where}）`,
    headline: `${where}写“${y.text}”，本报表是${year}年度的：应为“${fixed}”。`,
    steps: [`报表年度 ${year}`, `文中“${y.text}”`],
    message: `“${y.text}”：本报表为${year}年度，${where}却写${y.year}年。`,
    expected: fixed,
    actual: y.text,
  };
}

/**
 * “增长 13.95。” — a rate word followed by a number without % (“增长1,055.4%” has its %); a unit or counter after the number
 * makes it no percentage (“东部高校占8席”, a reposted page's “下降1.5個百分點”, “增加3萬元” reach it in simplified characters:
 * src/core/text/simplified-text.ts). A number
 * broken by a space before its decimal point (a reposted page's “下降50 .9%”) is half a number: no finding.
 */
const BARE_PERCENT =
  /(增长|下降|上升|降低|占(?:[^，。；,;\d]{0,12}?的)?|完成(?:年初|全年)?预算(?:数)?的?|执行率为?)\s*(\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.]|\s+\.\d|[,，/／]\d|\s*(?:%|％|万|亿|元|个|人|辆|台|套|批|次|项|年|月|日|倍|分|家|户|名|席|所|位|座|处|条|件|种|类|场|期|届|平方|亩))/g;

function missingPercentSigns(text: string): ClaimIssue[] {
  return [...text.matchAll(BARE_PERCENT)].map((m) => ({
    rule: "percentSign",
    verdict: "warning",
    position: m.index ?? 0,
    span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].trimEnd().length },
    subject: "百分数",
    headline: `写“${m[0].trim()}”，百分数缺少“%”：应为“${m[0].trim()}%”。`,
    steps: [`文中“${m[0].trim()}”`],
    message: `“${m[0].trim()}”：百分数缺少“%”。`,
    expected: `${m[2]}%`,
    actual: m[2],
  }));
}

/**
 * “截至2023年7月底” in a report on 2022: a 决算, an execution or audit report of a year is written in the months after it, so a 截至 date of
 * the next year before its December is when the text was written — a year-end date (“截至2023年12月31日”, “截至2023年底”)
 * is not.
 */
const writtenAfter = (from: string) => {
  const month = /^截[至止]\s*20\d{2}\s*年\s*(\d{1,2})\s*月/.exec(from)?.[1];
  return month !== undefined && Number(month) < 12;
};
