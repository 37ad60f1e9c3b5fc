import type { Finding } from "../findings/finding";
import { cellAddress } from "../snapshot/address";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { TableModel } from "../tables/table-model";
import { findLeftovers } from "../text/leftovers";
import { majorityYear, statedYears } from "../text/year";
import { sentences } from "../text/sentences";
import { leftoverIssue, yearIssue } from "./claims/form";
import { toFinding } from "./claims/check";
import type { NarrativeParagraph } from "../paragraphs/paragraph";
import { HeldCache } from "../cache/held-cache";
import { mayMatter, textCells, type TextCell } from "../text/text-cells";

/**
 * The report's year: the subject year most often stated in the workbook's text cells (titles such as
 * “上海市普陀区财政局 2024 年度部门决算表”, 截至 dates, sentence openings) and in the text given apart from it
 * (--text: its paragraphs vote as the same text in a sheet would), else a year in the file name.
 */
export function reportYear(snapshot: WorkbookSnapshot, fileText: readonly NarrativeParagraph[] = []): number | undefined {
  const years: number[] = [];
  for (const c of candidates(snapshot)) voteYears(c.text, years);
  for (const p of fileText) if (mayMatter(p.text)) voteYears(p.text, years);
  const voted = majorityYear(years);
  if (voted !== undefined) return voted;
  const named = /(?:^|\D)(20\d{2})(?:\D|$)/.exec(snapshot.name);
  return named ? Number(named[1]) : undefined;
}

function voteYears(text: string, years: number[]): void {
  for (const y of statedYears(text, true)) years.push(y.year);
}

/** “第三部分 上海市普陀区财政局 2024年度部门决算情况说明”, “上海市普陀区财政局 2024 年度收入支出总计…”: the words before the year. */
const UNIT_BEFORE_YEAR = /^\s*(?:第[一二三四五六七八九十]+部分\s*)?([^\d，。；：:,;、\s][^\d，。；：:,;]{2,38}?)\s*20\d{2}\s*年/;
/** What every match of UNIT_BEFORE_YEAR holds. */
const YEAR_WORD = /20\d{2}\s*年/;
const UNIT_SUFFIX = /(?:局|部|委员会|委|办公室|办|院|中心|所|站|馆|会|社|室|队|处|厅|校|园|团|公司|台|场|署|庭)$/;

/**
 * The unit's name as its titles and sentences write it (“上海市普陀区财政局”): the name most often written
 * before the year; names holding a template leftover (“上海市普陀区XX局”) are not candidates. Else the
 * 部门/单位 line of the tables (“部门：曲靖市沾益区医疗保障局”).
 */
export function unitName(snapshot: WorkbookSnapshot, tables: readonly TableModel[] = []): string | undefined {
  const votes = new Map<string, number>();
  for (const { text } of candidates(snapshot)) {
    if (!YEAR_WORD.test(text)) continue; // no sentence of it names a unit before a year: not split
    for (const { text: sentence } of sentences(text)) {
      const name = UNIT_BEFORE_YEAR.exec(sentence)?.[1].trim();
      if (name && UNIT_SUFFIX.test(name) && findLeftovers(name).length === 0) votes.set(name, (votes.get(name) ?? 0) + 1);
    }
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? tables.find((t) => t.department)?.department;
}

/**
 * Every text cell of every sheet, tables included, that is not a paragraph of the checked text: template
 * leftovers (“第二部分 上海市普陀区XX局 2024 年度部门决算表”, “无…的，仍保留该表格式，并在本表下方作下述说明：”) and
 * titles or 截至 dates naming another year than the report's. Cost grows with the filled cells: most cells
 * are numbers or short labels that one test dismisses.
 */
export function checkWorkbookText(snapshot: WorkbookSnapshot, year: number | undefined, paragraphs: readonly NarrativeParagraph[]): Finding[] {
  const checked = new Set(paragraphs.filter((p) => p.cell).map((p) => `${p.sheet}!${p.cell}`));
  const findings: Finding[] = [];
  for (const { text, sheet, row, col } of candidates(snapshot)) {
    const cell = cellAddress(row, col);
    if (checked.has(`${sheet}!${cell}`)) continue;
    const place = { sheet, cell, text };
    for (const l of findLeftovers(text)) findings.push(toFinding(leftoverIssue(l), place));
    if (year === undefined) continue;
    for (const y of statedYears(text, false)) if (y.year !== year && !isLastYearColumn(text, y.year, year)) findings.push(toFinding(yearIssue(y, year), place));
  }
  return findings;
}

/** A column head naming a measure and nothing else: “2016年预算数”, “2017年决算数”, “2016年执行数”. */
const YEAR_COLUMN_HEAD = /^\s*20\d{2}\s*年度?\s*(?:年初)?(?:预算|决算|执行)数?\s*$/;

/** “2016年预算数” beside this year's column in a 2017 table is last year's column by design, never a wrong year. */
function isLastYearColumn(text: string, stated: number, year: number): boolean {
  return stated === year - 1 && YEAR_COLUMN_HEAD.test(text);
}

/**
 * The text cells that may state a year or hold a leftover, kept per snapshot: the year, the unit's name and the scan
 * all read the same few cells (a table's labels hold neither), taken from the one pass over the workbook's text cells.
 */
const CANDIDATES = new HeldCache<WorkbookSnapshot, TextCell[]>("text candidates");

function candidates(snapshot: WorkbookSnapshot): TextCell[] {
  return CANDIDATES.of(snapshot, findCandidates);
}

function findCandidates(snapshot: WorkbookSnapshot): TextCell[] {
  return textCells(snapshot).filter((c) => mayMatter(c.text));
}
