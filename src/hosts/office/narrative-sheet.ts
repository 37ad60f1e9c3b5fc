import { NARRATIVE_SHEET, type InsertTextResult } from "../host";
/** Column A is made wide enough to read a paragraph (points). */
const NARRATIVE_COLUMN_WIDTH = 600;

/**
 * Writes one paragraph per row into column A of 情况说明 (created when absent), as text (never as formulas).
 * When the target cells hold anything and `overwrite` is false, nothing is written. With `overwrite`, rows of
 * column A below the new text that still hold an older text are cleared too. Two or three requests.
 */
export async function writeNarrative(context: Excel.RequestContext, paragraphs: readonly string[], overwrite: boolean): Promise<InsertTextResult> {
  const existing = context.workbook.worksheets.getItemOrNullObject(NARRATIVE_SHEET).load("name");
  await context.sync();
  const rows = Math.max(paragraphs.length, 1);
  const address = `A1:A${rows}`;
  if (existing.isNullObject) {
    const sheet = context.workbook.worksheets.add(NARRATIVE_SHEET);
    sheet.getRange("A:A").format.columnWidth = NARRATIVE_COLUMN_WIDTH;
    writeParagraphs(sheet, address, paragraphs);
    sheet.activate();
    await context.sync();
    return { written: true, sheet: NARRATIVE_SHEET, range: address };
  }
  const target = existing.getRange(address).load("values");
  const usedColumn = existing.getRange("A:A").getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await context.sync();
  const occupied = target.values.some((line) => line.some((v) => v !== "" && v !== null));
  if (occupied && !overwrite) return { written: false, reason: "occupied", sheet: NARRATIVE_SHEET };
  const lastUsedRow = usedColumn.isNullObject ? 0 : usedColumn.rowIndex + usedColumn.rowCount;
  if (lastUsedRow > rows) existing.getRange(`A${rows + 1}:A${lastUsedRow}`).clear("Contents");
  writeParagraphs(existing, address, paragraphs);
  existing.activate();
  await context.sync();
  return { written: true, sheet: NARRATIVE_SHEET, range: address };
}

function writeParagraphs(sheet: Excel.Worksheet, address: string, paragraphs: readonly string[]): void {
  const range = sheet.getRange(address);
  const lines = paragraphs.length > 0 ? paragraphs : [""];
  range.numberFormat = lines.map(() => ["@"]); // text format first: a paragraph starting with "=" stays text
  range.values = lines.map((p) => [p]);
  range.format.wrapText = true;
}
