import ExcelJS from "exceljs";
import type { Finding } from "../../core/findings/finding";
import { loadExcelJs } from "./load-exceljs";
import { collectCellMarks, MARK_FILL, markNoteText, type CellMark } from "../marks/cell-marks";

/** Extra content for the copy: the 情况说明 text written in the pane, one paragraph per row. */
export interface MarkedCopyExtras {
  narrative?: { sheet: string; paragraphs: readonly string[] };
}

/**
 * Loads the ORIGINAL .xlsx bytes, fills each finding's cell (error FFC7CE, warning FFEB9C, info DDEBF7), attaches a
 * note with the messages and returns the new workbook's bytes. No cell value is changed. Works in Node and the browser.
 */
export async function writeMarkedCopy(
  original: ArrayBuffer | Uint8Array,
  findings: readonly Finding[],
  extras: MarkedCopyExtras = {},
): Promise<Uint8Array> {
  const workbook = await loadExcelJs(original, "原工作簿");
  for (const mark of collectCellMarks(findings)) markCell(workbook, mark);
  if (extras.narrative) writeNarrative(workbook, extras.narrative.sheet, extras.narrative.paragraphs);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function markCell(workbook: ExcelJS.Workbook, mark: CellMark): void {
  const sheet = workbook.getWorksheet(mark.sheet);
  if (!sheet) return;
  const cell = sheet.getCell(mark.cell);
  // A fresh style object: exceljs may share one style between cells that had the same format.
  cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${MARK_FILL[mark.severity]}` } } };
  cell.note = markNoteText(mark);
}

/** Writes the paragraphs into column A of the named sheet (created when absent), below any existing content. */
function writeNarrative(workbook: ExcelJS.Workbook, name: string, paragraphs: readonly string[]): void {
  const sheet = workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
  const start = sheet.actualRowCount === 0 ? 1 : sheet.lastRow!.number + 2;
  sheet.getColumn(1).width = Math.max(sheet.getColumn(1).width ?? 0, 100);
  paragraphs.forEach((text, i) => {
    const cell = sheet.getCell(start + i, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
}
