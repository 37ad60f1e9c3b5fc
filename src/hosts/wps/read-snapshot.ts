import { cellAddress } from "../../core/snapshot/address";
import type { CellRange, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot/types";
import { toCellSnapshot } from "../cell-conversion";
import { asGrid, cellKind, errorShown, type CellKind } from "./cell-values";
import type { WpsCapabilities } from "./capabilities";
import { readHiddenColumns, readHiddenRows } from "./hidden-lines";
import { readMergedAreas } from "./merged-areas";
import { formatKey, readNumberFormats } from "./number-formats";
import { rangeBox } from "./range-box";
import type { WpsWorkbook, WpsWorksheet } from "./wps-api";

/** Lets the pane paint its progress between two sheets (WPS's calls are synchronous). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads every sheet into the engine's snapshot, with the conventions of the xlsx reader and the Office host. Per
 * sheet: the used range, one Value2 and one Formula read of it, the number formats of the cells holding numbers
 * (one read per block of numbers that share a format), merged areas and hidden rows/columns (reads grow with the
 * number of merged areas and of changes, not of cells), and the displayed text of the rare cell that may hold an
 * error value. Text cells carry no numberFormat: the engine reads formats of numbers only.
 */
export async function readWorkbookSnapshot(
  workbook: WpsWorkbook,
  capabilities: WpsCapabilities,
  onProgress?: (done: number, total: number) => void,
): Promise<WorkbookSnapshot> {
  const worksheets = workbook.Worksheets;
  const count = worksheets.Count;
  const sheets: SheetSnapshot[] = [];
  for (let i = 1; i <= count; i++) {
    sheets.push(readSheet(worksheets.Item(i), capabilities));
    onProgress?.(i, count);
    await nextTask();
  }
  return { name: workbook.Name, sheets };
}

function readSheet(sheet: WpsWorksheet, capabilities: WpsCapabilities): SheetSnapshot {
  const name = sheet.Name;
  const used = sheet.UsedRange;
  const box = rangeBox(used);
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  const values = asGrid(used.Value2, rows, columns);
  const formulas = asGrid(used.Formula, rows, columns);
  const kinds = values.map((line) => line.map(cellKind));
  const formats = readNumberFormats(sheet, box, kinds);
  const cells: (CellSnapshot | undefined)[][] = [];
  let columnCount = 0;
  kinds.forEach((line, i) =>
    line.forEach((kind, j) => {
      const cell = snapshotOf(sheet, box, i, j, kind, values[i][j], formulas[i][j], formats.get(formatKey(i, j, columns)));
      if (!cell) return;
      (cells[box.top + i] ??= [])[box.left + j] = cell;
      columnCount = Math.max(columnCount, box.left + j + 1);
    }),
  );
  const merges = capabilities.mergedAreas ? readMergedAreas(sheet, box) : [];
  const snapshot = finishSheet(name, cells, columnCount, merges, readHiddenRows(sheet, box), readHiddenColumns(sheet, box));
  if (isHiddenSheet(sheet.Visible)) snapshot.hidden = true;
  return snapshot;
}

/** A hidden (0) or very hidden (2) tab; visible is −1 (or true). */
function isHiddenSheet(visible: number | boolean | undefined): boolean {
  return visible === 0 || visible === 2 || visible === false;
}

function snapshotOf(
  sheet: WpsWorksheet,
  box: CellRange,
  i: number,
  j: number,
  kind: CellKind,
  value: unknown,
  formula: unknown,
  format: string | undefined,
): CellSnapshot | undefined {
  if (kind === "maybe-error") {
    const error = errorShown(sheet.Range(cellAddress(box.top + i, box.left + j)).Text);
    if (error) return toCellSnapshot(error, "Error", formula, undefined);
  }
  const valueType = kind === "empty" && value !== "" ? "Empty" : "Value";
  return toCellSnapshot(value ?? null, valueType, formula, format);
}

/** Same conventions as the xlsx reader: rows down to the last value or merged area, an array (maybe empty) per row. */
function finishSheet(
  name: string,
  cells: (CellSnapshot | undefined)[][],
  columnCount: number,
  merges: CellRange[],
  hiddenRows: number[],
  hiddenColumns: number[],
): SheetSnapshot {
  const rowCount = Math.max(cells.length, ...merges.map((m) => m.bottom + 1));
  return {
    name,
    cells: Array.from({ length: rowCount }, (_, r) => cells[r] ?? []),
    rowCount,
    columnCount,
    merges,
    hiddenRows: hiddenRows.filter((r) => r < rowCount),
    hiddenColumns: hiddenColumns.filter((c) => c < columnCount),
  };
}
