import type { CellSnapshot } from "../core/snapshot/types";

/**
 * One cell as a live host returns it (Office.js range.values / valueTypes / formulas / numberFormat; WPS Value2 /
 * Formula / NumberFormat with the value type worked out by the WPS host) → the engine's CellSnapshot, the same shape
 * the xlsx reader gives for the same cell: errors in `error`, formulas without "=", no "General" format, date-formatted
 * serials as ISO dates. valueType is Office's: "Error", "Empty", anything else for a value.
 */
/** "General" as hosts name it: English, the Chinese local name some WPS builds return, or nothing. */
const GENERAL_FORMATS = new Set(["General", "G/通用格式", ""]);

export function toCellSnapshot(value: unknown, valueType: string, formula: unknown, format: unknown): CellSnapshot | undefined {
  // A text constant such as "=" (an indicator's operator) comes back in `formulas` unchanged: not a formula.
  const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
  const formulaText = isFormula ? formula.slice(1) : undefined;
  const numberFormat = typeof format === "string" && !GENERAL_FORMATS.has(format) ? format : undefined;
  const extras = { ...(formulaText !== undefined && { formula: formulaText }), ...(numberFormat !== undefined && { numberFormat }) };
  if (valueType === "Error") return { value: null, error: String(value), ...extras };
  if (valueType === "Empty" || value === "" || value === null || value === undefined) {
    return formulaText === undefined ? undefined : { value: valueType === "Empty" ? null : "", ...extras };
  }
  if (typeof value === "number") return { value: isDateFormat(numberFormat) ? serialToIsoDate(value) : value, ...extras };
  if (typeof value === "boolean" || typeof value === "string") return { value, ...extras };
  return { value: String(value), ...extras };
}

/** True for number formats that display a date (yyyy, m/d …), ignoring quoted text, escapes and [colour] codes. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(bare) || /m/i.test(bare.replace(/[hs][^ymd]*m|m[^ymd]*s/gi, ""));
}

/** Excel's 1900 date system serial → "YYYY-MM-DD" (serials from 61 on; 1900-02-29 does not exist). */
export function serialToIsoDate(serial: number): string {
  const epoch = Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);
}
