/** Loads an exceljs workbook into the WPS fake as WPS would show it: merged cells other than the top-left are empty. */
import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../../../src/core/snapshot/address";
import { FakeWpsWorkbook, type FakeCell } from "./fake-wps";

export function fromExcelJs(workbook: ExcelJS.Workbook, name: string): FakeWpsWorkbook {
  const state = new FakeWpsWorkbook(name);
  for (const ws of workbook.worksheets) {
    const sheet = state.addSheet(ws.name);
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === 1 /* Merge */ || cell.value === null || cell.value === undefined) return;
        state.setCell(ws.name, cell.address, { ...content(cell.value), numberFormat: cell.numFmt || "General" });
      });
      if (row.hidden) sheet.hiddenRows.add(row.number - 1);
    });
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) sheet.hiddenColumns.add(c - 1);
    sheet.merges.push(...((ws.model as { merges?: string[] }).merges ?? []).map(parseRangeAddress));
  }
  return state;
}

function content(value: ExcelJS.CellValue): Pick<FakeCell, "value" | "formula" | "error"> {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  if (value instanceof Date) return { value: value.getTime() / 86_400_000 + 25_569 };
  const v = value as { formula?: string; sharedFormula?: string; result?: unknown; error?: string; richText?: { text: string }[] };
  if (typeof v.error === "string") return { error: v.error };
  if (v.richText) return { value: v.richText.map((p) => p.text).join("") };
  const formula = v.formula ?? v.sharedFormula;
  if (formula !== undefined) return { ...content((v.result ?? "") as ExcelJS.CellValue), formula };
  throw new Error(`fixture cell value not handled: ${JSON.stringify(value)}`);
}
