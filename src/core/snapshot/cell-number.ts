import { Decimal } from "../numbers/decimal";
import { BLANK, decimalsOf, formatInfo, parseNumberText, unitOf, type ParsedNumber } from "../numbers/parse-number";
import type { CellSnapshot } from "./types";

/** Minimum precision assumed for a number shown in General format: amounts are at least cent-precise. */
const GENERAL_MIN_DECIMALS = 2;
const DIGIT = /\d/;

/**
 * A cell read as a number, the way an accountant reads it (src/core/numbers/parse-number.ts for the text a cell
 * holds): a stored number with the decimals its format shows, an error value or a formula without result as
 * invalid, typed text parsed.
 */
export function parseCellNumber(cell: CellSnapshot | undefined): ParsedNumber {
  if (!cell) return BLANK;
  if (cell.error) return { kind: "invalid", text: cell.error, reason: `单元格显示错误值 ${cell.error}` };
  const v = cell.value;
  if (v === null && cell.formula !== undefined) return { kind: "invalid", text: `=${cell.formula}`, reason: "公式没有计算结果", uncomputed: true };
  if (v === null || v === "") return BLANK;
  if (typeof v === "number") return fromNumber(v, cell.numberFormat);
  if (typeof v === "boolean") return { kind: "text", text: String(v) };
  return parseNumberText(v);
}

/** Whether the cell holds a readable number, without building it (for layout detection). */
export function holdsNumber(cell: CellSnapshot | undefined): boolean {
  if (storedNumber(cell) !== undefined) return true;
  const v = cell?.value;
  return !cell?.error && typeof v === "string" && DIGIT.test(v) && parseNumberText(v).kind === "number";
}

/** The number the cell stores, when it stores one (not text, not an error value, not ±∞/NaN). */
export function storedNumber(cell: CellSnapshot | undefined): number | undefined {
  const v = cell?.value;
  return typeof v === "number" && !cell?.error && Number.isFinite(v) ? v : undefined;
}

function fromNumber(n: number, format: string | undefined): ParsedNumber {
  if (!Number.isFinite(n)) return { kind: "invalid", text: String(n), reason: "数值无效" };
  const { decimals: shown, percent } = formatInfo(format);
  const text = String(n);
  const exact = new Decimal(text);
  if (shown === undefined) {
    const places = Math.min(10, Math.max(exact.decimalPlaces(), percent ? 4 : GENERAL_MIN_DECIMALS));
    return { kind: "number", value: exact, unit: unitOf(places), percent, fromText: false };
  }
  const places = shown + (percent ? 2 : 0);
  const value = decimalsOf(text) <= places ? exact : exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return { kind: "number", value, unit: unitOf(places), percent, fromText: false };
}
