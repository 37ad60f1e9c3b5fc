import { rangeAddress } from "../../core/snapshot/address";
import { NARRATIVE_SHEET, type InsertTextResult } from "../host";
import { asGrid } from "./cell-values";
import { rangeBox } from "./range-box";
import { sheetsByName } from "./workbook-sheets";
import type { WpsWorkbook, WpsWorksheet } from "./wps-api";

/** Column A is made wide enough to read a paragraph (in characters, as WPS measures column widths). */
const NARRATIVE_COLUMN_WIDTH = 100;

/**
 * Writes one paragraph per row into column A of 情况说明 (created after the last sheet when absent), as text (never
 * as formulas). When the target cells hold anything and `overwrite` is false, nothing is written; with `overwrite`,
 * rows of column A below the new text that still hold an older text are cleared too.
 */
export function writeNarrative(workbook: WpsWorkbook, paragraphs: readonly string[], overwrite: boolean): InsertTextResult {
  const rows = Math.max(paragraphs.length, 1);
  const address = `A1:A${rows}`;
  const sheets = sheetsByName(workbook);
  const existing = sheets.get(NARRATIVE_SHEET);
  if (!existing) {
    const sheet = workbook.Worksheets.Add(undefined, [...sheets.values()].pop());
    sheet.Name = NARRATIVE_SHEET;
    sheet.Range("A:A").ColumnWidth = NARRATIVE_COLUMN_WIDTH;
    writeParagraphs(sheet, address, paragraphs);
    return { written: true, sheet: NARRATIVE_SHEET, range: address };
  }
  const occupied = asGrid(existing.Range(address).Value2, rows, 1).some(([v]) => v !== undefined && v !== null && v !== "");
  if (occupied && !overwrite) return { written: false, reason: "occupied", sheet: NARRATIVE_SHEET };
  const used = rangeBox(existing.UsedRange);
  if (used.bottom >= rows) existing.Range(rangeAddress({ top: rows, left: 0, bottom: used.bottom, right: 0 })).ClearContents();
  writeParagraphs(existing, address, paragraphs);
  return { written: true, sheet: NARRATIVE_SHEET, range: address };
}

function writeParagraphs(sheet: WpsWorksheet, address: string, paragraphs: readonly string[]): void {
  const range = sheet.Range(address);
  range.NumberFormat = "@"; // text format first: a paragraph starting with "=" stays text
  range.Value2 = (paragraphs.length > 0 ? paragraphs : [""]).map((p) => [p]);
  range.WrapText = true;
  sheet.Activate();
}
