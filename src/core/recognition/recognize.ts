import type { WorkbookSnapshot } from "../snapshot/types";
import type { Finding } from "../findings/finding";
import type { TableModel } from "../tables/table-model";
import { rangeAddress } from "../snapshot/address";
import { SheetGrid } from "./sheet-grid";
import { titlesOf, type TitleHit } from "./titles";
import { readHeaderBlock } from "./header";
import { buildTable } from "./build-table";
import { identifyByHeader, threePublicByHeader } from "./identify-by-header";
import { holdsNumber } from "../snapshot/cell-number";
import { untitledThreePublic, type UntitledTable } from "./untitled-three-public";
import { YEARS_AS_LINES_REASON, yearsAsLines } from "./years-as-lines";

export interface UnrecognizedTable {
  sheet: string;
  range: string;
  title: string;
  /** Why it was not read, in Chinese. */
  reason: string;
}

export interface RecognitionResult {
  tables: TableModel[];
  /** Titles of 绩效 tables seen (read by src/core/performance). */
  performanceSheets: string[];
  unrecognized: UnrecognizedTable[];
  findings: Finding[];
}

/** Finds and reads every standard table in every sheet, by title and header, whatever the layout. */
export function recognizeTables(snapshot: WorkbookSnapshot): RecognitionResult {
  const result: RecognitionResult = { tables: [], performanceSheets: [], unrecognized: [], findings: [] };
  for (const sheet of snapshot.sheets) recognizeSheet(new SheetGrid(sheet), result);
  return result;
}

/**
 * Each table is read as soon as the title search has found the title after it (which ends it): its rows are the
 * ones the search has just passed, still at hand, where a search through the whole sheet first would have left them.
 */
function recognizeSheet(grid: SheetGrid, result: RecognitionResult): void {
  const titles = titlesOf(grid);
  let hit = titles.next();
  if (hit.done) {
    if (hasNumbers(grid)) readUntitledSheet(grid, Math.max(0, grid.columnCount - 1), result);
    return;
  }
  while (!hit.done) {
    const next = titles.next();
    readTitled(grid, hit.value, next.done ? grid.rowCount - 1 : next.value.row - 1, result);
    hit = next;
  }
}

/** The table under a title, its last row the one before the next title (绩效 tables are read by src/core/performance). */
function readTitled(grid: SheetGrid, hit: TitleHit, lastRow: number, result: RecognitionResult): void {
  if (hit.kind?.family === "绩效") {
    if (!result.performanceSheets.includes(grid.sheet.name)) result.performanceSheets.push(grid.sheet.name);
    return;
  }
  const block = readHeaderBlock(grid, hit.row, lastRow);
  const frame = {
    sheetName: grid.sheet.name,
    title: hit.text,
    titleRow: hit.row,
    lastRow,
    left: 0,
    right: tableRight(grid, hit.row, block.bodyStart),
    block,
  };
  const named = hit.kind ?? threePublicByHeader(grid, frame);
  const byHeader = named ? undefined : identifyByHeader(grid, frame);
  const kind = named ?? byHeader;
  if (!kind) {
    const range = rangeAddress({ top: hit.row, left: 0, bottom: lastRow, right: Math.max(0, grid.columnCount - 1) });
    const reason = unreadReason(grid, hit.row + 1, lastRow, "不是已知的公开表，表头也不足以判断是哪张表，未作检查。");
    result.unrecognized.push({ sheet: grid.sheet.name, range, title: hit.text, reason });
    return;
  }
  result.tables.push(buildTable(grid, { ...frame, kind, identifiedBy: byHeader ? "header" : undefined }, result.findings));
}

/** A sheet with numbers and no title: its 三公 table told from its lines, else reported as not read. */
function readUntitledSheet(grid: SheetGrid, right: number, result: RecognitionResult): void {
  const untitled = untitledThreePublic(grid);
  if (untitled) return readUntitled(grid, untitled, result);
  result.unrecognized.push({
    sheet: grid.sheet.name,
    range: rangeAddress({ top: 0, left: 0, bottom: Math.max(0, grid.rowCount - 1), right }),
    title: "",
    reason: unreadReason(grid, 0, grid.rowCount - 1, "工作表中有数字，但没有找到可识别的表名（如“支出决算表”），未作检查。"),
  });
}

/** Why an area is not read: a 三公 comparison with years as lines says so (years-as-lines.ts), any other the plain reason. */
function unreadReason(grid: SheetGrid, top: number, bottom: number, plain: string): string {
  return yearsAsLines(grid, top, bottom) ? YEARS_AS_LINES_REASON : plain;
}

/** A sheet's one table without a title line (untitled-three-public.ts), read as one told from its header. */
function readUntitled(grid: SheetGrid, table: UntitledTable, result: RecognitionResult): void {
  const lastRow = grid.rowCount - 1;
  const block = readHeaderBlock(grid, table.titleRow, lastRow);
  const frame = { sheetName: grid.sheet.name, title: table.title, titleRow: table.titleRow, lastRow, left: 0, block };
  const span = { ...frame, right: tableRight(grid, table.titleRow, block.bodyStart), kind: table.kind, identifiedBy: "header" as const };
  result.tables.push(buildTable(grid, span, result.findings));
}

/**
 * A table is as wide as its title and header reach (their cells and merges): a value far to the right of the
 * header (one stray cell at XFD1048576) is not a column of the table and costs nothing.
 */
function tableRight(grid: SheetGrid, titleRow: number, bodyStart: number): number {
  let right = 0;
  for (let r = titleRow; r < bodyStart; r++) right = Math.max(right, grid.rightEdge(r));
  return right;
}

function hasNumbers(grid: SheetGrid): boolean {
  for (let r = grid.rowFrom(0); r < grid.rowCount; r = grid.rowFrom(r + 1)) {
    for (const c of grid.columns(r)) if (holdsNumber(grid.cell(r, c))) return true;
  }
  return false;
}
