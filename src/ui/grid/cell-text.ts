import type { CellSnapshot } from "../../core/snapshot/types";
import { Decimal, formatFixed } from "../../core/numbers/decimal";

/** Decimal places a number format shows ("#,##0.00" → 2, "0" → 0); undefined for General. */
function formatPlaces(format: string | undefined): number | undefined {
  if (!format || /general/i.test(format)) return undefined;
  const section = format.split(";")[0];
  const m = /\.([0#]+)/.exec(section);
  if (m) return m[1].length;
  return /[0#]/.test(section) ? 0 : undefined;
}

/** How a cell reads in the grid: numbers with their format's decimals (half up), errors as Excel shows them. */
export function cellText(cell: CellSnapshot | undefined): string {
  if (!cell) return "";
  if (cell.error) return cell.error;
  if (cell.text !== undefined) return cell.text;
  if (cell.value === null) return "";
  if (typeof cell.value !== "number") return String(cell.value);
  const places = formatPlaces(cell.numberFormat);
  const value = new Decimal(cell.value);
  const isPercent = cell.numberFormat?.includes("%") ?? false;
  if (isPercent) return `${formatFixed(value.times(100), places ?? 0)}%`;
  return places === undefined ? value.toString() : formatFixed(value, places);
}
