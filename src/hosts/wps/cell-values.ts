/**
 * What WPS's bulk reads return, made regular: Value2 and Formula give a scalar for one cell and an array of rows for
 * more; an error value may come as its text ("#REF!") or as the COM error code the bridge passes through.
 */

/** A read as rows × columns: a one-cell range's scalar becomes [[value]]. */
export function asGrid(read: unknown, rows: number, columns: number): unknown[][] {
  if (rows === 1 && columns === 1 && !Array.isArray(read)) return [[read]];
  if (!Array.isArray(read) || read.length !== rows || !read.every((line) => Array.isArray(line) && line.length === columns)) {
    throw new Error(`WPS 返回的单元格数据与区域大小（${rows} 行 × ${columns} 列）不符，无法读取`);
  }
  return read as unknown[][];
}

/** The kinds of cell the reader tells apart: a number needs its format, a possible error needs a look at its text. */
export type CellKind = "empty" | "number" | "maybe-error" | "other";

export function cellKind(value: unknown): CellKind {
  if (value === undefined || value === null || value === "") return "empty";
  if (typeof value === "number") return COM_ERRORS.has(value) ? "maybe-error" : "number";
  if (typeof value === "string" && ERROR_TEXTS.has(value)) return "maybe-error";
  return "other";
}

/** The error a cell shows, given its displayed text; undefined when the text is not an error value. */
export function errorShown(text: unknown): string | undefined {
  return typeof text === "string" && ERROR_TEXTS.has(text) ? text : undefined;
}

const ERROR_TEXTS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"]);

/** VT_ERROR codes of Excel's error values (xlErrDiv0 … as HRESULTs), as a COM bridge may hand them over. */
const COM_ERRORS = new Set([-2146826288, -2146826281, -2146826273, -2146826265, -2146826259, -2146826252, -2146826246]);
