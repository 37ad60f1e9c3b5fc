import { cellAddress } from "../../core/snapshot/address";
import { isMarkNote, MARK_FILL } from "../marks/cell-marks";
import { bgrOf } from "./cell-fills";
import type { DocumentStore } from "./document-store";
import { MARKS_STATE_KEY } from "./mark-record";
import { sheetsByName } from "./workbook-sheets";
import { XL_PATTERN_NONE, XL_PATTERN_SOLID, type WpsApplication, type WpsRange, type WpsWorkbook } from "./wps-api";

const MARK_COLOURS = new Set(Object.values(MARK_FILL).map(bgrOf));

/**
 * 按助手的底色清除标记, for a workbook whose restore record is damaged: every cell of each sheet's used range whose
 * fill is solid in a mark colour gets no fill, the add-in's comments (known by their first line) are removed, and the
 * damaged record is deleted. Fills of any other colour, the user's comments and every value stay.
 */
export function clearMarksByColour(app: WpsApplication, workbook: WpsWorkbook, store: DocumentStore, comments: boolean): void {
  app.ScreenUpdating = false;
  try {
    for (const sheet of sheetsByName(workbook).values()) {
      const used = sheet.UsedRange;
      for (let r = 0; r < used.Rows.Count; r++)
        for (let c = 0; c < used.Columns.Count; c++) clearCell(sheet.Range(cellAddress(used.Row - 1 + r, used.Column - 1 + c)), comments);
    }
  } finally {
    app.ScreenUpdating = true;
  }
  store.remove(MARKS_STATE_KEY);
}

/** A solid fill in one of the add-in's mark colours. */
export function isMarkFill(fill: { pattern: number | null; color: number | null }): boolean {
  return fill.pattern === XL_PATTERN_SOLID && MARK_COLOURS.has(fill.color ?? -1);
}

function clearCell(cell: WpsRange, comments: boolean): void {
  const interior = cell.Interior;
  if (isMarkFill({ pattern: interior.Pattern, color: interior.Color })) interior.Pattern = XL_PATTERN_NONE;
  if (!comments) return;
  const comment = cell.Comment;
  if (comment && isMarkNote(comment.Text())) cell.ClearComments();
}
