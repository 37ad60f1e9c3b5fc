import ExcelJS from "exceljs";
import type { CellRange, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import { parseRangeAddress } from "../../src/core/snapshot/address";

/**
 * A second, independent reading of an .xlsx through exceljs — the reader the product used before its own — kept
 * as a test oracle: both must agree on values, number formats, formulas and merged areas of every fixture.
 * Known differences, by design: exceljs turns date-formatted numbers into Dates (the reader keeps the serial number)
 * and gives a shared formula's other cells the first cell's address instead of their own formula.
 */
export async function exceljsSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return snapshotFromExcelJs(workbook, name);
}

function snapshotFromExcelJs(workbook: ExcelJS.Workbook, name: string): WorkbookSnapshot {
  return { name, sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: (CellSnapshot | undefined)[][] = [];
  let columnCount = 0;
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    const line: (CellSnapshot | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const snap = readCell(cell);
      if (!snap) return;
      line[colNumber - 1] = snap;
      columnCount = Math.max(columnCount, colNumber);
    });
    cells[rowNumber - 1] = line;
  });
  for (let r = 0; r < cells.length; r++) if (!cells[r]) cells[r] = [];
  const merges: CellRange[] = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRangeAddress);
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
  return { name: ws.name, cells, rowCount: cells.length, columnCount, merges, hiddenRows, hiddenColumns };
}

type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };

function readCell(cell: ExcelJS.Cell): CellSnapshot | undefined {
  if (cell.type === ExcelJS.ValueType.Merge) return undefined; // only the master of a merged area carries a value
  const numberFormat = cell.numFmt || undefined;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, numberFormat };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), numberFormat };
  const obj = v as Record<string, unknown>;
  if (typeof obj.error === "string") return { value: null, error: obj.error, numberFormat };
  if ("formula" in obj || "sharedFormula" in obj) return readFormula(obj as FormulaValue, numberFormat);
  if (Array.isArray(obj.richText)) {
    return { value: (obj.richText as { text: string }[]).map((p) => p.text).join(""), numberFormat };
  }
  if (typeof obj.text === "string") return { value: obj.text, numberFormat };
  return { value: String(v), numberFormat };
}

function readFormula(f: FormulaValue, numberFormat: string | undefined): CellSnapshot {
  const formula = f.formula ?? f.sharedFormula;
  const result = f.result;
  if (result && typeof result === "object" && typeof (result as { error?: unknown }).error === "string") {
    return { value: null, error: (result as { error: string }).error, formula, numberFormat };
  }
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") {
    return { value: result, formula, numberFormat };
  }
  return { value: null, formula, numberFormat };
}
