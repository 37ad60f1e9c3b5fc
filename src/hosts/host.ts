import type { WorkbookSnapshot } from "../core/snapshot/types";
import type { Finding } from "../core/findings/finding";
import type { FileDigest } from "../core/audit/digest";

/**
 * What the pane needs from wherever the workbook lives. Three implementations: the Office.js adapter
 * (src/hosts/office) for the live Excel workbook, the WPS adapter (src/hosts/wps) for the live WPS 表格 workbook, and
 * the in-browser xlsx host (src/hosts/xlsx) for app.html. test/unit/hosts/contract.ts holds all three to one contract.
 * UI components never call Excel; they receive a WorkbookHost.
 */
export interface WorkbookHost {
  /** Short label of where the data comes from ("Excel" / file name). */
  readonly label: string;
  /** Reads every sheet into the engine's snapshot. */
  readSnapshot(onProgress?: (done: number, total: number) => void): Promise<WorkbookSnapshot>;
  /** Fills each finding's cell (error red, warning amber, info blue) and attaches its message as a note/comment. */
  applyMarks(findings: readonly Finding[]): Promise<void>;
  /** Restores every cell the last applyMarks touched exactly as it was (fills, fonts, borders, notes). */
  clearMarks(): Promise<void>;
  /**
   * Clears the marks without the restore record, for a workbook whose record is damaged (applyMarks and clearMarks
   * then refuse with DamagedMarkRecord): every solid fill in a mark colour becomes no fill, the add-in's notes are
   * removed, and the damaged record is deleted. Other fills, notes and values are left alone.
   */
  clearMarksByColour(): Promise<void>;
  /** Activates the sheet and selects the cell. */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes text (one paragraph per row) into a sheet named 情况说明; never overwrites non-empty cells without `overwrite`. */
  insertText(paragraphs: readonly string[], options: { overwrite: boolean }): Promise<InsertTextResult>;
  /** Small key/value state stored with the workbook (prior-year figures, settings, custom rules). */
  loadState(key: string): Promise<string | undefined>;
  saveState(key: string, value: string): Promise<void>;
  /**
   * The SHA-256 line of the 审核报告: the opened file's bytes (file host), the content Excel gives the add-in, the
   * file WPS last saved — each labelled with what was hashed — or why there is none.
   */
  fileDigest(): Promise<FileDigest>;
}

/** Sheet that receives the generated 情况说明 text, in every host. */
export const NARRATIVE_SHEET = "情况说明";

export type InsertTextResult = { written: true; sheet: string; range: string } | { written: false; reason: "occupied"; sheet: string };
