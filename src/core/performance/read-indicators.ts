import type { SheetGrid } from "../recognition/sheet-grid";
import { compact } from "../text/normalize";
import { parseIndicatorValue, parseOperator } from "./indicator-value";
import type { IndicatorRow, Operator, SourceCell, TotalRow } from "./model";
import type { IndicatorColumn } from "./vocabulary";
import { BLOCK_END_LABEL, BLOCK_SKIP_LABEL, INDICATOR_HEADERS, NAME_LABEL, TOTAL_ROW_LABEL } from "./vocabulary";
import { matchTableKind } from "../recognition/titles";
import { isBudgetHeader } from "./read-budget";

export type IndicatorColumns = Partial<Record<IndicatorColumn, number>>;

/** A header row of an indicator block names both 一级指标 and 三级指标. */
export function isIndicatorHeader(grid: SheetGrid, row: number): boolean {
  const texts = grid.rowStrings(row).map(compact);
  return texts.includes("一级指标") && texts.includes("三级指标");
}

export function mapIndicatorColumns(grid: SheetGrid, headerRow: number): IndicatorColumns {
  const columns: IndicatorColumns = {};
  for (const c of grid.columns(headerRow)) {
    if (grid.anchor(headerRow, c).col !== c) continue;
    const t = compact(grid.shownText(headerRow, c));
    const hit = t ? INDICATOR_HEADERS.find(([pattern]) => pattern.test(t)) : undefined;
    if (hit && columns[hit[1]] === undefined) columns[hit[1]] = c;
  }
  return columns;
}

/** An indicator row together with the 项目名称 it belongs to (目标表 with a project column). */
export interface ReadIndicator {
  indicator: IndicatorRow;
  project?: SourceCell;
}

export interface IndicatorBlock {
  rows: ReadIndicator[];
  total?: TotalRow;
  /** First row after the block. */
  end: number;
}

function firstOwnText(grid: SheetGrid, row: number, before: number): SourceCell | undefined {
  for (let c = 0; c < before; c++) if (grid.ownShownText(row, c)) return grid.source(row, c);
  return undefined;
}

function endsBlock(grid: SheetGrid, row: number, label: SourceCell | undefined): boolean {
  if (isIndicatorHeader(grid, row) || isBudgetHeader(grid, row)) return true;
  if (!label) return false;
  const t = compact(label.text);
  return BLOCK_END_LABEL.test(t) || NAME_LABEL.test(t) || matchTableKind(t)?.family === "绩效";
}

function readTotal(grid: SheetGrid, row: number, label: SourceCell, columns: IndicatorColumns): TotalRow {
  const total: TotalRow = { row, label };
  if (columns.weight !== undefined) total.weight = grid.number(row, columns.weight);
  if (columns.score !== undefined) total.score = grid.number(row, columns.score);
  const after = columns.score ?? columns.weight ?? 0;
  const grade = grid.shownRowTexts(row, after + 1).find((t) => /^(优|良|中|差|优秀|良好|中等|较差)$/.test(compact(t.text)));
  if (grade) total.grade = grid.source(row, grade.col);
  return total;
}

/** Cell of an optional column, undefined when the table has no such column or the cell is empty. */
function optional(grid: SheetGrid, row: number, col: number | undefined): SourceCell | undefined {
  if (col === undefined) return undefined;
  const cell = grid.source(row, col);
  return cell.text ? cell : undefined;
}

/** Effective operator: 指标性质 when it is one, else the operator written inside 指标值, else 定性 for words. */
function effectiveOperator(nature: SourceCell | undefined, row: IndicatorRow): Operator | undefined {
  const fromNature = nature ? parseOperator(nature.text) : undefined;
  if (fromNature) return fromNature;
  if (row.targetValue?.operator) return row.targetValue.operator;
  if (nature && row.targetValue && row.targetValue.number === undefined) return "定性";
  return undefined;
}

interface FillDown {
  level1?: SourceCell;
  level2?: SourceCell;
  project?: SourceCell;
}

function readLevel(grid: SheetGrid, row: number, col: number | undefined, carried: SourceCell | undefined): SourceCell | undefined {
  return optional(grid, row, col) ?? carried;
}

function readIndicator(grid: SheetGrid, row: number, columns: IndicatorColumns, fill: FillDown): IndicatorRow {
  const level1 = readLevel(grid, row, columns.level1, fill.level1);
  const sameLevel1 = level1 && fill.level1 && level1.address === fill.level1.address;
  const level2 = readLevel(grid, row, columns.level2, sameLevel1 || columns.level1 === undefined ? fill.level2 : undefined);
  const indicator: IndicatorRow = { row, level1, level2, name: grid.source(row, columns.name ?? 0) };
  indicator.nature = optional(grid, row, columns.nature);
  indicator.target = optional(grid, row, columns.target);
  indicator.targetValue = columns.target !== undefined ? parseIndicatorValue(grid.shownCell(row, columns.target)) : undefined;
  indicator.unit = optional(grid, row, columns.unit);
  indicator.actual = optional(grid, row, columns.actual);
  indicator.actualValue = columns.actual !== undefined ? parseIndicatorValue(grid.shownCell(row, columns.actual)) : undefined;
  if (columns.weight !== undefined) indicator.weight = grid.number(row, columns.weight);
  if (columns.score !== undefined) indicator.score = grid.number(row, columns.score);
  indicator.reason = optional(grid, row, columns.reason);
  indicator.operator = effectiveOperator(indicator.nature, indicator);
  return indicator;
}

/** A 三级指标 is written in its own cell, not in a label merged across from the left. */
function hasName(grid: SheetGrid, row: number, col: number): boolean {
  return grid.anchor(row, col).col === col && grid.shownText(row, col) !== "";
}

/** Reads indicator rows below `headerRow`, filling merged or blank 一级/二级 (and 项目名称) cells down. */
export function readIndicatorBlock(grid: SheetGrid, headerRow: number, columns: IndicatorColumns, limit: number): IndicatorBlock {
  const rows: ReadIndicator[] = [];
  const fill: FillDown = {};
  const labelBefore = Math.max(1, columns.name ?? 1);
  for (let row = headerRow + 1; row < limit; row++) {
    const label = firstOwnText(grid, row, labelBefore);
    if (label && TOTAL_ROW_LABEL.test(compact(label.text))) {
      return { rows, total: readTotal(grid, row, label, columns), end: row + 1 };
    }
    if (label && BLOCK_SKIP_LABEL.test(compact(label.text))) continue;
    if (endsBlock(grid, row, label)) return { rows, end: row };
    const project = readLevel(grid, row, columns.projectName, fill.project);
    if (project !== fill.project && project?.address !== fill.project?.address) {
      fill.level1 = undefined;
      fill.level2 = undefined;
    }
    fill.project = project;
    const levels = { level1: readLevel(grid, row, columns.level1, fill.level1) };
    if (!hasName(grid, row, columns.name ?? 0)) {
      if (levels.level1?.address !== fill.level1?.address) fill.level2 = undefined;
      fill.level1 = levels.level1;
      fill.level2 = readLevel(grid, row, columns.level2, fill.level2);
      continue;
    }
    const indicator = readIndicator(grid, row, columns, fill);
    fill.level1 = indicator.level1;
    fill.level2 = indicator.level2;
    rows.push({ indicator, project });
  }
  return { rows, end: limit };
}
