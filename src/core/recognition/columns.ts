import type { TableKindSpec } from "./table-kinds";
import { compact } from "../text/normalize";
import { isCountLabel } from "./counts";
import { CHANGE_COLUMNS } from "../tables/change-columns";

/** What a column of a table is for. */
export type ColumnRole = "code" | "unit-code" | "label" | "line-number" | "amount" | "note" | "count" | "rate";

export interface ColumnInfo {
  col: number;
  path: string[];
  role: ColumnRole;
  side?: "income" | "expense";
  /** Index of the column group it belongs to. */
  group?: number;
}

/** A run of columns read together: its codes, its label, its amounts (T6 prints 2–3 groups side by side). */
export interface ColumnGroup {
  codeCols: number[];
  unitCodeCol?: number;
  labelCol?: number;
  amountCols: ColumnInfo[];
  side?: "income" | "expense";
}

const LABEL_HEADERS =
  /^(项目|科目名称|项目名称|名称|单位名称|单位名称\(科目\)|项目\(按功能分类\)|项目\(按经济分类\)|功能分类科目名称|经济分类科目名称|支出功能分类科目名称|(经费|支出|使用)项目)$/;

/** A column of remarks beside the amounts (备注, 说明): words, never an amount. */
const NOTE_HEADERS = /^(备注|说明|备注说明|附注)$/;
const UNIT_CODE_HEADERS = /单位代码|单位编码/;
/** A code column: 科目编码, 代码, or the split 类 | 款 | 项 columns. */
const CODE_HEADERS = /编码|代码|^(类|款|项)$/;

/**
 * A column of rates beside the amounts (增、减幅度, 增长率, 完成率, 占比, “增减%”): percentages, never summed as
 * amounts.
 */
const RATE_HEADERS = /幅度|(增长|增减|下降|减少|完成|执行)率|比例|占比|百分比|%$/;

/** What a column is, from its header path; a count (车辆数, 批次, 人次), a rate or a remark is never an amount column. */
export function columnRole(path: string[]): ColumnRole {
  const last = path[path.length - 1] ?? "";
  const all = path.join("/");
  if (all.includes("行次")) return "line-number";
  if (UNIT_CODE_HEADERS.test(last)) return "unit-code";
  if (CODE_HEADERS.test(last)) return "code";
  if (LABEL_HEADERS.test(last)) return "label";
  if (NOTE_HEADERS.test(last)) return "note";
  if (isCountLabel(last)) return "count";
  if (RATE_HEADERS.test(last)) return "rate";
  return "amount";
}

function sideOf(path: string[]): "income" | "expense" | undefined {
  const top = path[0] ?? "";
  if (top === "收入") return "income";
  if (top === "支出") return "expense";
  return undefined;
}

/** Splits the columns into groups; a new group starts at a code/label column that follows an amount column. */
export function groupColumns(columns: ColumnInfo[]): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  let current: ColumnGroup | undefined;
  for (const info of columns) {
    const startsGroup = info.role === "code" || info.role === "label" || info.role === "unit-code";
    if (!current || (startsGroup && current.amountCols.length > 0)) {
      current = { codeCols: [], amountCols: [], side: sideOf(info.path) };
      groups.push(current);
    }
    addToGroup(current, info, groups.length - 1);
  }
  return groups.filter((g) => g.labelCol !== undefined || g.codeCols.length > 0 || g.amountCols.length > 0);
}

function addToGroup(group: ColumnGroup, info: ColumnInfo, index: number): void {
  if (info.role === "code") group.codeCols.push(info.col);
  else if (info.role === "unit-code") group.unitCodeCol = info.col;
  else if (info.role === "label") group.labelCol = group.labelCol ?? info.col;
  else if (info.role === "amount") group.amountCols.push({ ...info, side: group.side ?? info.side, group: index });
}

/**
 * Column keys by meaning: each canonical meaning of the kind takes the first column whose path ends with
 * one of its patterns (tried most specific first); other columns keep their header path as key.
 */
export function assignColumnKeys(kind: TableKindSpec, columns: ColumnInfo[]): Map<number, string> {
  const keys = new Map<number, string>();
  const latest = latestHeadYear(columns);
  const paths = new Map(columns.map((c) => [c.col, c.path.filter((p) => p !== "项目").map((s) => meaningWords(s, latest))]));
  const lastYears = new Set(columns.filter((c) => paths.get(c.col)?.some(isLastYearHead)).map((c) => c.col));
  for (const [meaning, patterns] of Object.entries(kind.columns ?? {})) {
    for (const pattern of patterns) {
      const want = compact(pattern);
      const eligible = (c: ColumnInfo) => !lastYears.has(c.col) || want.startsWith(LAST_YEAR);
      const hits = columns.filter((c) => !keys.has(c.col) && eligible(c) && endsWith(paths.get(c.col) ?? [], want));
      if (hits.length === 0) continue;
      for (const hit of firstPerGroup(hits)) keys.set(hit.col, meaning);
      break;
    }
  }
  takeChangeBase(columns, keys, paths, latest);
  for (const c of columns)
    if (!keys.has(c.col))
      keys.set(
        c.col,
        c.path
          .filter((p) => p !== "项目")
          .map((s) => meaningWords(s, undefined))
          .join("/") || `第${c.col + 1}列`,
      );
  return keys;
}

/**
 * A header segment's words that carry its meaning: “2020年预算数” is the 预算数 of the table's year; beside a later
 * year's columns (“2016年预算数” ‖ “2017年预算数”, “2017年决算数” ‖ “2018年决算数”) the year before it is last year's
 * (上年预算数, 上年决算数), never this year's measure.
 */
function meaningWords(segment: string, latest: number | undefined): string {
  const words = compact(segment);
  const year = LEADING_YEAR.exec(words);
  if (!year) return words;
  const rest = words.slice(year[0].length);
  return Number(year[1]) === (latest ?? 0) - 1 ? LAST_YEAR + rest : rest;
}

const LEADING_YEAR = /^(\d{4})年(度)?(?=.)/;
const LAST_YEAR = "上年";
/** A head comparing with last year (“2017年决算比上年增减情况”) is a change, never last year's amount. */
const COMPARISON_HEAD = /比上年|增减/;

function isLastYearHead(segment: string): boolean {
  return segment.startsWith(LAST_YEAR) && !COMPARISON_HEAD.test(segment);
}

/**
 * What a last-year amount is (上年预算数, 上年执行数, 上年决算数), by the words after 上年, longest first: a change head
 * names its base the same way (“比上年预算增减” → 预算, “较上年执行数增减” → 执行); “增减情况” names none.
 */
const LAST_YEAR_MEASURES: readonly (readonly [string, string])[] = [
  ["预算执行", "执行"],
  ["年初预算", "预算"],
  ["执行", "执行"],
  ["实际", "执行"],
  ["预算", "预算"],
  ["决算", "决算"],
];

/**
 * The change column compares with the last-year column its head names (“比上年预算增减/增减额” beside 上年预算数 and
 * 上年执行数 → 上年预算数), or with the one last-year column printed when the head names none. When the head names a
 * column not printed, or names none beside two last-year columns, the column is not read as a change (no rule and no
 * rate check weighs it): which amount it compares with is unsaid.
 */
function takeChangeBase(columns: readonly ColumnInfo[], keys: Map<number, string>, paths: ReadonlyMap<number, string[]>, latest: number | undefined): void {
  const changes = columns.filter((c) => keys.get(c.col) === CHANGE_COLUMNS.change);
  if (changes.length !== 1) return;
  const lastYears = columns.filter((c) => (paths.get(c.col) ?? []).some(isLastYearHead));
  const named = changeNames(paths.get(changes[0].col) ?? [], latest);
  const bases = named === undefined ? lastYears : lastYears.filter((c) => lastYearMeasure(paths.get(c.col) ?? []) === named);
  if (bases.length !== 1) {
    keys.set(changes[0].col, UNSAID_CHANGE);
    return;
  }
  for (const [col, key] of keys) if (key === CHANGE_COLUMNS.base) keys.delete(col);
  keys.set(bases[0].col, CHANGE_COLUMNS.base);
}

/** The key of a change column whose base is unsaid: never the meaning its plain head (“增减额”) would take. */
const UNSAID_CHANGE = `${CHANGE_COLUMNS.change}(比较基数未写明)`;

/**
 * The last-year measure a change head names after 上年, or after the year before the table's latest (“比上年预算增减”,
 * “2017年预算比2016年预算增减” beside 2016年 | 2017年 columns → 预算), if any.
 */
function changeNames(path: readonly string[], latest: number | undefined): string | undefined {
  const lastYear = latest === undefined ? LAST_YEAR : `${latest - 1}年`;
  for (const head of path) {
    const segment = head.split(lastYear).join(LAST_YEAR);
    const at = segment.indexOf(LAST_YEAR);
    if (at >= 0) return measureAt(segment.slice(at + LAST_YEAR.length));
  }
  return undefined;
}

/** The measure of a last-year column (“上年执行数” → 执行; “上年数” → none). */
function lastYearMeasure(path: readonly string[]): string | undefined {
  const head = path.find(isLastYearHead);
  return head === undefined ? undefined : measureAt(head.slice(LAST_YEAR.length));
}

function measureAt(words: string): string | undefined {
  return LAST_YEAR_MEASURES.find(([word]) => words.startsWith(word))?.[1];
}

/** The latest year a column head opens with (“2017年预算数”), if any. */
function latestHeadYear(columns: readonly ColumnInfo[]): number | undefined {
  let latest: number | undefined;
  for (const c of columns) {
    for (const segment of c.path) {
      const year = LEADING_YEAR.exec(compact(segment));
      if (year && Number(year[1]) > (latest ?? 0)) latest = Number(year[1]);
    }
  }
  return latest;
}

/** One column per group: side-by-side groups (收入 | 支出, T6's 2–3 groups) each carry the meaning once. */
function firstPerGroup(hits: ColumnInfo[]): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (const h of hits) if (!out.some((o) => o.group === h.group)) out.push(h);
  return out;
}

/** "本年支出/基本支出/小计" ends with "基本支出/小计" (whole segments only). */
function endsWith(path: string[], want: string): boolean {
  const joined = path.join("/");
  return joined === want || joined.endsWith(`/${want}`);
}
