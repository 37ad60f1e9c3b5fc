import type { CellSnapshot } from "./types";
import { decimalsOf, formatInfo } from "../numbers/parse-number";
import { parseCellNumber } from "./cell-number";
import { Decimal } from "../numbers/decimal";

/**
 * A cell as Excel shows it: strings as typed, errors as their code, numbers with their format's decimals
 * (half up) and percent sign; General numbers with the decimals they have.
 */
export function displayText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return "";
  if (typeof v !== "number") return String(v);
  return plainNumberText(v, cell) ?? roundedNumberText(cell);
}

/**
 * Most cells need no rounding: their shortest representation already has at most the decimals the format
 * shows, so padding with zeros is exact (no Decimal needed for thousands of amount cells).
 */
function plainNumberText(v: number, cell: CellSnapshot): string | undefined {
  const { decimals, percent } = formatInfo(cell.numberFormat);
  const text = String(v);
  const own = decimalsOf(text);
  if (percent || own === Infinity || !Number.isFinite(v)) return undefined;
  if (decimals === undefined) return text;
  if (own > decimals) return undefined;
  if (decimals === 0) return text;
  return `${text}${own === 0 ? "." : ""}${"0".repeat(decimals - own)}`;
}

function roundedNumberText(cell: CellSnapshot): string {
  const parsed = parseCellNumber(cell);
  if (parsed.kind !== "number") return String(cell.value);
  if (!parsed.percent) return parsed.value.toFixed(shownPlaces(cell, parsed.unit));
  const places = Math.max(0, parsed.unit.decimalPlaces() - 2);
  return `${parsed.value.times(100).toFixed(places)}%`;
}

function shownPlaces(cell: CellSnapshot, unit: Decimal): number {
  if (!cell.numberFormat || /^general$/i.test(cell.numberFormat)) return new Decimal(String(cell.value)).decimalPlaces();
  return unit.decimalPlaces();
}
