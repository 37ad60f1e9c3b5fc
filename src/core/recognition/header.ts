import { AMOUNT_UNIT_PATTERN, DEFAULT_AMOUNT_UNIT } from "../numbers/amount-units";
import type { SheetGrid } from "./sheet-grid";
import { compact, startsNumbered } from "../text/normalize";
import { holdsNumber } from "../snapshot/cell-number";
import { isTableCode } from "./table-code";

/** The rows between a title and the body: meta lines (部门, 单位, 表号) and the column header. */
export interface HeaderBlock {
  /** First and last header row (inclusive); headerEnd < headerStart when there is no header. */
  headerStart: number;
  headerEnd: number;
  /** First body row. */
  bodyStart: number;
  unit: string;
  department?: string;
}

const META = /^(部门|单位|编制单位|填报单位|预算单位|金额单位|单位名称)[:]|^金额单位|^单位[:]|^\d{4}年(度)?$/;
const MAX_HEADER_ROWS = 6;
const YEAR_LINE = /^\d{4}年/;
const DEPARTMENT_LINE = /^(?:部门|单位|编制单位|填报单位|预算单位)[:](.+)$/;
const UNIT_ONLY = /^(万元|元)$/;
/** A subject code (类 3 digits, 款 5, 项 7) opens the body. */
const SUBJECT_CODE = /^\d{3}(\d{2}){0,2}$/;
const TOTAL_WORD = /^(合计|总计)$/;
/** A 栏次 label (1, 2, 3 …), or a figure merged down from the head (325.88), is no part of a column's header path. */
const COLUMN_NUMBER = /^\d+(\.\d+)?$/;

export function readHeaderBlock(grid: SheetGrid, titleRow: number, lastRow: number): HeaderBlock {
  let unit = unitAmong(grid.rowTexts(titleRow));
  let department: string | undefined;
  let r = lastRow + 1;
  for (let row = grid.rowFrom(titleRow + 1); row <= lastRow; row = grid.rowFrom(row + 1)) {
    const texts = grid.rowTexts(row);
    if (texts.length === 0) continue;
    if (!isMetaLine(texts)) {
      r = row;
      break;
    }
    unit = unitAmong(texts) ?? unit;
    department = department ?? departmentIn(texts);
  }
  const headerStart = r;
  let end = r - 1;
  for (; r <= lastRow && r < headerStart + MAX_HEADER_ROWS; r++) {
    const kind = classifyHeaderRow(grid, r);
    if (kind === "data") break;
    end = r;
    unit = unitAmong(grid.rowTexts(r)) ?? unit;
    if (kind === "column-numbers") break;
  }
  return { headerStart, headerEnd: end, bodyStart: end + 1, unit: unit ?? DEFAULT_AMOUNT_UNIT, department };
}

/** A line between a title and its header: 部门/单位, 金额单位, a year, a table code (公开01表); `texts` as rowTexts reads them. */
export function isMetaLine(texts: readonly string[]): boolean {
  if (yearsSideBySide(texts)) return false;
  return texts.every((t) => META.test(t) || isTableCode(t) || YEAR_LINE.test(t) || (statedUnit(t) !== undefined && t.length <= 12));
}

/** “2016年预算数 | 2017年预算数”: different years side by side head blocks of columns, never a line about the table. */
function yearsSideBySide(texts: readonly string[]): boolean {
  let first: string | undefined;
  for (const t of texts) {
    const year = YEAR_LINE.exec(t.trim())?.[0];
    if (!year) continue;
    if (first !== undefined && year !== first) return true;
    first = year;
  }
  return false;
}

function unitAmong(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const unit = statedUnit(t);
    if (unit) return unit;
  }
  return undefined;
}

const STATED_UNIT = new RegExp(`单位[:]?(${AMOUNT_UNIT_PATTERN})`);

/** "金额单位：万元" → "万元"; "单位：元" → "元". */
export function unitIn(text: string): string | undefined {
  return statedUnit(compact(text));
}

/** unitIn of a compacted text (rowTexts gives a row's texts compacted: no second compacting per text). */
function statedUnit(compacted: string): string | undefined {
  const m = STATED_UNIT.exec(compacted);
  return m ? m[1] : undefined;
}

function departmentIn(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = DEPARTMENT_LINE.exec(t);
    if (m && !UNIT_ONLY.test(m[1])) return m[1];
  }
  return undefined;
}

type HeaderRowKind = "header" | "column-numbers" | "data";

/**
 * Header rows hold only words; the 栏次 row holds column numbers; a body row holds amounts, codes or totals. A
 * figure merged down into the next row beside a row of words (上海: the 机关运行经费决算数 325.88 spanning the
 * 预算数 | 决算数 head row and the amounts' row) belongs to the body: the row is still a header row.
 */
function classifyHeaderRow(grid: SheetGrid, row: number): HeaderRowKind {
  const words: string[] = [];
  let carried = false;
  for (const c of grid.columns(row)) {
    const merge = grid.coveringMerge(row, c);
    if (merge?.top === row) continue; // continues a merge begun to its left
    const text = compact(grid.filledTextUnder(merge, row, c));
    if (!text) continue;
    if (text === "栏次") return "column-numbers";
    if (merge) continue;
    if (SUBJECT_CODE.test(text) || startsNumbered(text)) return "data";
    if (holdsNumber(grid.cell(row, c))) {
      if (!mergesDown(grid, row, c)) return "data";
      carried = true;
      continue;
    }
    if (!words.includes(text)) words.push(text);
  }
  if (carried && words.length < 2) return "data";
  // A 合计 line alone is the first body row; 合计 among other words is a column header.
  return words.length === 1 && TOTAL_WORD.test(words[0]) ? "data" : "header";
}

function mergesDown(grid: SheetGrid, row: number, col: number): boolean {
  return grid.coveringMerge(row + 1, col)?.top === row;
}

/** Header path of a column: distinct texts from top to bottom, without 栏次 labels. */
export function columnPath(grid: SheetGrid, block: HeaderBlock, col: number): string[] {
  const path: string[] = [];
  for (let r = block.headerStart; r <= block.headerEnd; r++) {
    const t = compact(grid.filledText(r, col));
    if (!t || t === "栏次" || COLUMN_NUMBER.test(t)) continue;
    if (path[path.length - 1] !== t) path.push(t);
  }
  return path;
}
