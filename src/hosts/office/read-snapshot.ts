import type { CellRange, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot/types";
import { hasMember, type HostCapabilities } from "./capabilities";
import { toCellSnapshot } from "../cell-conversion";
import { utf8Bytes } from "./batches";
import { PAYLOAD_BUDGET_BYTES } from "./excel-run";
import { cellCount, ReadQueue, type ReadChunk, type SheetExtent } from "./read-plan";

/**
 * Estimated response bytes per cell for values + numberFormat + formulas + valueTypes (JSON, with Chinese text
 * taking three bytes a character). Conservative on purpose: a batch of DEFAULT_READ_CELL_BUDGET cells stays under 4 MB.
 */
export const ESTIMATED_BYTES_PER_CELL = 160;
export const DEFAULT_READ_CELL_BUDGET = Math.floor(4_000_000 / ESTIMATED_BYTES_PER_CELL);

const CELL_PROPERTIES = "values,numberFormat,formulas,valueTypes";

interface SheetLayout {
  name: string;
  extent: SheetExtent | undefined;
  merges: CellRange[];
}

interface LoadedChunk {
  chunk: ReadChunk;
  range: Excel.Range;
  rowHidden: OfficeExtension.ClientResult<Excel.RowProperties[]>;
  columnHidden?: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/**
 * Reads every sheet into the engine's snapshot: one request lists the sheets, one gets the used and merged areas of
 * all sheets, then the cells come in batches of at most `cellBudget` cells (several sheets per batch). The budget
 * adapts to the bytes per cell actually seen, and a batch the host refuses as too large is read again in halves,
 * so the number of requests follows the amount of data, never the number of sheets or cells as such.
 */
export async function readWorkbookSnapshot(
  context: Excel.RequestContext,
  capabilities: HostCapabilities,
  cellBudget: number,
  onProgress?: (done: number, total: number) => void,
): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  workbook.load("name");
  workbook.worksheets.load("items/name");
  await context.sync();
  const worksheets = workbook.worksheets.items;
  const layouts = await readLayouts(context, worksheets, capabilities);
  const sheets = layouts.map((layout) => emptySheet(layout));
  const queue = new ReadQueue(layouts.map((l) => l.extent));
  const total = queue.totalCells;
  let done = 0;
  let budget = cellBudget;
  while (!queue.isEmpty) {
    const batch = queue.take(budget);
    const loaded = batch.map((chunk) => loadChunk(worksheets[chunk.sheetIndex], chunk, layouts[chunk.sheetIndex].extent));
    const cells = batch.reduce((sum, c) => sum + cellCount(c), 0);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- deliberate: one read request per batch, halved when Excel says the payload is too large
      await context.sync(); // one request per batch
    } catch (error) {
      if (!isPayloadTooLarge(error) || cells <= 1) throw error;
      queue.putBack(batch);
      budget = Math.max(1, Math.floor(cells / 2));
      continue;
    }
    for (const item of loaded) fillChunk(sheets[item.chunk.sheetIndex], item);
    budget = adaptBudget(loaded, cells, cellBudget);
    done += cells;
    onProgress?.(done, total);
  }
  return { name: workbook.name, sheets: sheets.map(finishSheet) };
}

/** Next batch size from the bytes per cell of the last response, never above the configured budget. */
function adaptBudget(loaded: LoadedChunk[], cells: number, maxCells: number): number {
  const bytes = loaded.reduce((sum, { range }) => sum + utf8Bytes(JSON.stringify([range.values, range.formulas, range.numberFormat, range.valueTypes])), 0);
  return Math.max(1, Math.min(maxCells, Math.floor(PAYLOAD_BUDGET_BYTES / Math.max(1, bytes / cells))));
}

function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  return e?.code === "RequestPayloadSizeLimitExceeded" || /RequestPayloadSizeLimitExceeded|payload size/i.test(e?.message ?? "");
}

async function readLayouts(context: Excel.RequestContext, worksheets: Excel.Worksheet[], capabilities: HostCapabilities): Promise<SheetLayout[]> {
  const used = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
  const merged = capabilities.mergedAreas ? worksheets.map(mergedAreasOf) : [];
  await context.sync();
  return worksheets.map((ws, i) => ({
    name: ws.name,
    extent: used[i].isNullObject
      ? undefined
      : { top: used[i].rowIndex, left: used[i].columnIndex, rowCount: used[i].rowCount, columnCount: used[i].columnCount },
    merges: merged[i] && !merged[i].isNullObject ? merged[i].areas.items.map(toCellRange) : [],
  }));
}

/** The sheet's merged areas, when the office.js in use has the member (see capabilities.ts). */
function mergedAreasOf(ws: Excel.Worksheet): Excel.RangeAreas | undefined {
  const whole = ws.getRange();
  if (!hasMember(whole, "getMergedAreasOrNullObject")) return undefined;
  return whole.getMergedAreasOrNullObject().load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
}

function toCellRange(area: Excel.Range): CellRange {
  return { top: area.rowIndex, left: area.columnIndex, bottom: area.rowIndex + area.rowCount - 1, right: area.columnIndex + area.columnCount - 1 };
}

function loadChunk(ws: Excel.Worksheet, chunk: ReadChunk, extent: SheetExtent | undefined): LoadedChunk {
  const range = ws.getRangeByIndexes(chunk.top, chunk.left, chunk.rowCount, chunk.columnCount).load(CELL_PROPERTIES);
  const rowHidden = range.getRowProperties({ rowHidden: true });
  const columnHidden = extent && chunk.top === extent.top ? range.getColumnProperties({ columnHidden: true }) : undefined;
  return { chunk, range, rowHidden, columnHidden };
}

interface SheetBuilder {
  layout: SheetLayout;
  cells: (CellSnapshot | undefined)[][];
  hiddenRows: number[];
  hiddenColumns: number[];
  columnCount: number;
}

function emptySheet(layout: SheetLayout): SheetBuilder {
  return { layout, cells: [], hiddenRows: [], hiddenColumns: [], columnCount: 0 };
}

function fillChunk(sheet: SheetBuilder, { chunk, range, rowHidden, columnHidden }: LoadedChunk): void {
  const { values, valueTypes, formulas, numberFormat } = range;
  for (let i = 0; i < chunk.rowCount; i++) {
    const row = chunk.top + i;
    const line: (CellSnapshot | undefined)[] = (sheet.cells[row] ??= []);
    for (let j = 0; j < chunk.columnCount; j++) {
      const cell = toCellSnapshot(values[i][j], valueTypes[i][j], formulas[i][j], numberFormat[i][j]);
      if (!cell) continue;
      line[chunk.left + j] = cell;
      sheet.columnCount = Math.max(sheet.columnCount, chunk.left + j + 1);
    }
    if (rowHidden.value[i]?.rowHidden) sheet.hiddenRows.push(row);
  }
  columnHidden?.value.forEach((col, j) => {
    if (col.columnHidden) sheet.hiddenColumns.push(chunk.left + j);
  });
}

/** Same conventions as the xlsx reader: rows down to the last value or merged area, an array (maybe empty) per row. */
function finishSheet(sheet: SheetBuilder): SheetSnapshot {
  const { layout } = sheet;
  const valueRows = layout.extent ? layout.extent.top + layout.extent.rowCount : 0;
  const rowCount = Math.max(valueRows, ...layout.merges.map((m) => m.bottom + 1));
  const cells = Array.from({ length: rowCount }, (_, r) => sheet.cells[r] ?? []);
  return {
    name: layout.name,
    cells,
    rowCount,
    columnCount: sheet.columnCount,
    merges: layout.merges,
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns.filter((c) => c < sheet.columnCount),
  };
}
