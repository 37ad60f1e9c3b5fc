import { AMOUNT_UNIT_PATTERN, DEFAULT_AMOUNT_UNIT } from "../numbers/amount-units";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/types";
import { cellAddress } from "../snapshot/address";
import { SheetGrid } from "../recognition/sheet-grid";
import { compact } from "../text/normalize";
import type { BudgetLine, PerformanceProject, PerformanceTable, SourceCell } from "./model";
import { readBudgetBlock, isBudgetHeader } from "./read-budget";
import type { IndicatorColumns, ReadIndicator } from "./read-indicators";
import { isIndicatorHeader, mapIndicatorColumns, readIndicatorBlock } from "./read-indicators";
import { NAME_LABEL } from "./vocabulary";
import { findTitles } from "../recognition/titles";
import { isPerformanceKind, PERFORMANCE_KINDS, type PerformanceKind } from "../tables/performance-kinds";

/** Recognised performance tables and the projects read from them. */
export interface PerformanceReading {
  tables: PerformanceTable[];
  projects: PerformanceProject[];
}

export function readPerformanceTables(snapshot: WorkbookSnapshot, skipSheets: ReadonlySet<string> = new Set()): PerformanceReading {
  const reading: PerformanceReading = { tables: [], projects: [] };
  for (const sheet of snapshot.sheets) {
    if (skipSheets.has(sheet.name)) continue;
    const one = readSheet(sheet);
    reading.tables.push(...one.tables);
    reading.projects.push(...one.projects);
  }
  return reading;
}

interface Segment {
  start: number;
  end: number;
  title: string;
  /** The 绩效 table kind its title names (recognition's vocabulary); undefined for rows before any title. */
  kind?: PerformanceKind;
}

/**
 * Splits a sheet at the 绩效 titles recognition finds (the same titles and vocabulary as every other table); rows
 * before the first title belong to the first table.
 */
function segments(grid: SheetGrid): Segment[] {
  const titles = findTitles(grid).flatMap((hit) =>
    hit.kind && isPerformanceKind(hit.kind.title) ? [{ row: hit.row, title: hit.text, kind: hit.kind.title }] : [],
  );
  if (titles.length === 0) return [{ start: 0, end: grid.rowCount, title: "" }];
  return titles.map((t, i) => ({ start: i === 0 ? 0 : t.row, end: titles[i + 1]?.row ?? grid.rowCount, title: t.title, kind: t.kind }));
}

function readSheet(sheet: SheetSnapshot): PerformanceReading {
  const grid = new SheetGrid(sheet);
  const reading: PerformanceReading = { tables: [], projects: [] };
  for (const segment of segments(grid)) {
    const headers = rowsWhere(grid, segment, (r) => isIndicatorHeader(grid, r));
    if (headers.length === 0) continue;
    const table = describeTable(grid, segment, mapIndicatorColumns(grid, headers[0]));
    reading.tables.push(table);
    reading.projects.push(...readProjects(grid, segment, headers, table));
  }
  return reading;
}

function rowsWhere(grid: SheetGrid, segment: Segment, test: (row: number) => boolean): number[] {
  return grid.rowsBetween(segment.start, segment.end - 1).filter(test);
}

function describeTable(grid: SheetGrid, segment: Segment, columns: IndicatorColumns): PerformanceTable {
  const kind = segment.kind ?? (columns.actual !== undefined ? "项目支出绩效自评表" : "项目支出绩效目标表");
  const { form, scope } = PERFORMANCE_KINDS[kind];
  const last = lastNonEmptyRow(grid, segment);
  return {
    sheet: grid.name,
    range: `${cellAddress(segment.start, 0)}:${cellAddress(last, Math.max(0, grid.columnCount - 1))}`,
    kind,
    title: segment.title || grid.name,
    form,
    scope,
    unit: amountUnit(grid, segment),
  };
}

function lastNonEmptyRow(grid: SheetGrid, segment: Segment): number {
  const rows = grid.rowsBetween(segment.start + 1, segment.end - 1);
  for (let i = rows.length - 1; i >= 0; i--) if (grid.shownRowTexts(rows[i]).length > 0) return rows[i];
  return segment.start;
}

/** “单位：元”, “（万元）”: the amount unit a 绩效 table states. */
const STATED_UNIT = new RegExp(`单位[:：]\\s*(${AMOUNT_UNIT_PATTERN})|[(（](${AMOUNT_UNIT_PATTERN})[)）]`);

function amountUnit(grid: SheetGrid, segment: Segment): string {
  for (const r of grid.rowsBetween(segment.start, segment.end - 1)) {
    for (const { text } of grid.shownRowTexts(r)) {
      const m = STATED_UNIT.exec(text);
      if (m) return m[1] ?? m[2];
    }
  }
  return DEFAULT_AMOUNT_UNIT;
}

/** Projects of one table: one per 项目名称 value when the header has that column, else one per header. */
function readProjects(grid: SheetGrid, segment: Segment, headers: number[], table: PerformanceTable): PerformanceProject[] {
  const projects: PerformanceProject[] = [];
  let regionStart = segment.start;
  headers.forEach((header, i) => {
    const columns = mapIndicatorColumns(grid, header);
    const block = readIndicatorBlock(grid, header, columns, headers[i + 1] ?? segment.end);
    if (columns.projectName !== undefined) {
      projects.push(...splitByProjectColumn(grid, block.rows, columns, table));
    } else {
      const meta = readMeta(grid, regionStart, header, table);
      projects.push({ ...meta, indicators: block.rows.map((r) => r.indicator), total: block.total });
    }
    regionStart = block.end;
  });
  return projects;
}

function splitByProjectColumn(grid: SheetGrid, rows: ReadIndicator[], columns: IndicatorColumns, table: PerformanceTable): PerformanceProject[] {
  const projects: PerformanceProject[] = [];
  for (const { indicator, project } of rows) {
    const current = projects[projects.length - 1];
    if (current && current.nameCell?.address === project?.address) {
      current.indicators.push(indicator);
      continue;
    }
    const row = project?.row ?? indicator.row;
    projects.push({
      table,
      name: project?.text ?? table.kind,
      nameCell: project,
      budgetAmount: columns.projectBudget !== undefined ? grid.number(row, columns.projectBudget) : undefined,
      goal: columns.goal !== undefined ? grid.source(row, columns.goal) : undefined,
      budget: [],
      indicators: [indicator],
    });
  }
  return projects;
}

type ProjectMeta = Omit<PerformanceProject, "indicators" | "total">;

/** Name and 预算执行情况 of the project whose indicator header is at `header`. */
function readMeta(grid: SheetGrid, from: number, header: number, table: PerformanceTable): ProjectMeta {
  let labelled: SourceCell | undefined;
  let department: SourceCell | undefined;
  let budget: BudgetLine[] = [];
  for (const r of grid.rowsBetween(from, header - 1)) {
    labelled = labelled ?? labelledName(grid, r);
    department = department ?? departmentLine(grid, r);
    if (budget.length === 0 && isBudgetHeader(grid, r)) budget = readBudgetBlock(grid, r, header).lines;
  }
  const nameCell = labelled ?? department;
  return { table, name: nameCell?.text ?? table.kind, nameCell, budget };
}

/** “项目名称 | X” (or 部门名称 / 单位名称). */
function labelledName(grid: SheetGrid, row: number): SourceCell | undefined {
  const texts = grid.shownRowTexts(row);
  const label = texts.findIndex((t) => NAME_LABEL.test(compact(t.text)));
  return label >= 0 && texts[label + 1] ? grid.source(row, texts[label + 1].col) : undefined;
}

/** “部门：X”. */
function departmentLine(grid: SheetGrid, row: number): SourceCell | undefined {
  const dept = grid.shownRowTexts(row).find((t) => /^部门[:：]/.test(compact(t.text)));
  if (!dept) return undefined;
  return { ...grid.source(row, dept.col), text: compact(dept.text).replace(/^部门[:：]/, "") };
}
