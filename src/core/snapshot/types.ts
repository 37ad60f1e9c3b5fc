/**
 * Workbook snapshot: everything the engine needs to know about a workbook, independent of where it came
 * from (an .xlsx file read by src/hosts/xlsx/read, or the live workbook read through Office.js or WPS).
 * Rows and columns are 0-based everywhere inside the core; addresses ("B7") are produced by `cellAddress`.
 */

/** A cell's raw content. Numbers stay numbers; everything else is the text Excel shows. */
export type CellValue = string | number | boolean | null;

export interface CellSnapshot {
  /** Raw value (for a formula: its cached result). Errors such as #REF! are given in `error`, value null. */
  value: CellValue;
  /** Displayed text when known (Office.js `range.text`); the xlsx reader leaves it undefined. */
  text?: string;
  /** Number format code, e.g. "0.00", "#,##0.00", "0%". */
  numberFormat?: string;
  /** Formula without its leading "=", when the cell has one. */
  formula?: string;
  /** Excel error value shown by the cell, e.g. "#REF!", "#DIV/0!". */
  error?: string;
}

/** Inclusive 0-based rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** Row-major grid; `cells[r][c]` is undefined for an empty cell. Rows may be shorter than `columnCount`. */
  cells: (CellSnapshot | undefined)[][];
  rowCount: number;
  columnCount: number;
  /** Merged areas. Only the top-left cell of a merged area carries its value. */
  merges: CellRange[];
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** The sheet's tab is hidden (Excel 隐藏, or very hidden by a macro): still read, reported as hidden. */
  hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** File name or workbook name, for reports. */
  name: string;
  sheets: SheetSnapshot[];
}

export function getCell(sheet: SheetSnapshot, row: number, col: number): CellSnapshot | undefined {
  const line = sheet.cells[row];
  return line ? line[col] : undefined;
}
