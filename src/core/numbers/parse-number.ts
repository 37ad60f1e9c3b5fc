import type { CellSnapshot } from "../snapshot/types";
import { Decimal } from "./decimal";

/**
 * What a cell holds when read as a number, the way an accountant reads it.
 * - `number`: a value with the unit of its last printed digit (0.01 for "461.49") and whether it is a percent
 *   (then `value` is the fraction: "95%" → 0.95, unit 0.01 of percent → 0.0001).
 * - `blank`: empty, or a dash ("—", "-", "－", "/") meaning zero or not applicable.
 * - `text`: words without digits (a label, "无").
 * - `invalid`: looks like a number but cannot be read ("12.3.4", "#REF!"), with the reason in Chinese.
 */
export type ParsedNumber =
  | { kind: "number"; value: Decimal; unit: Decimal; percent: boolean; fromText: boolean }
  | { kind: "blank"; dash: boolean }
  | { kind: "text"; text: string }
  | { kind: "invalid"; text: string; reason: string; uncomputed?: true };

const BLANK: ParsedNumber = { kind: "blank", dash: false };
const DASH: ParsedNumber = { kind: "blank", dash: true };
const DASHES = new Set(["-", "—", "——", "－", "–", "/", "／", "\\", "…", "无"]);

/** 10^-places for places 0…12, built once: every amount cell needs its unit. */
const UNITS = Array.from({ length: 13 }, (_, places) => new Decimal(1).dividedBy(new Decimal(10).pow(places)));

function unitOf(places: number): Decimal {
  return UNITS[places] ?? new Decimal(1).dividedBy(new Decimal(10).pow(places));
}

/** Minimum precision assumed for a number shown in General format: amounts are at least cent-precise. */
const GENERAL_MIN_DECIMALS = 2;

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
  return !cell?.error && typeof v === "string" && /\d/.test(v) && parseNumberText(v).kind === "number";
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

/** Decimals in a number's shortest representation ("465.22" → 2); exponent forms count as many. */
export function decimalsOf(text: string): number {
  if (text.includes("e")) return Infinity;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A workbook uses a handful of formats for thousands of cells: each is read once. */
const FORMAT_INFO = new Map<string, { decimals: number | undefined; percent: boolean }>();
const GENERAL_INFO = { decimals: undefined, percent: false };

export function formatInfo(format: string | undefined): { decimals: number | undefined; percent: boolean } {
  if (!format) return GENERAL_INFO;
  let info = FORMAT_INFO.get(format);
  if (!info) {
    info = { decimals: formatDecimals(format), percent: isPercentFormat(format) };
    FORMAT_INFO.set(format, info);
  }
  return info;
}

/** Decimals a number format shows ("0.00" → 2, "#,##0" → 0, "0.0%" → 1); undefined for General/unknown. */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format || /^general$/i.test(format) || format === "@") return undefined;
  const section = stripLiterals(format.split(";")[0]);
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return m ? m[1].length : 0;
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && stripLiterals(format.split(";")[0]).includes("%");
}

function stripLiterals(section: string): string {
  return section
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF05\uFF0D\uFF0B]/g;

/** Full-width digits and signs → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/**
 * Reads numbers as typed or exported as text: "1,946.77", "461. 49", "50.60 ", full-width digits,
 * "(12.50)" for −12.50, "−3", "95%".
 */
export function parseNumberText(raw: string): ParsedNumber {
  const trimmed = toHalfWidth(raw).replace(/[\s\u00a0]+/g, "");
  if (trimmed === "") return BLANK;
  if (DASHES.has(trimmed)) return DASH;
  if (!/\d/.test(trimmed)) return { kind: "text", text: raw };
  let s = trimmed;
  let negative = false;
  const paren = /^[(（](.*)[)）]$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (/^[-−–]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (!/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/.test(s)) {
    return { kind: "invalid", text: raw, reason: `“${raw.trim()}”不是可识别的数字` };
  }
  const digits = s.replace(/,/g, "");
  const decimals = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  let value = new Decimal(digits);
  if (negative) value = value.negated();
  let unit = unitOf(decimals);
  if (percent) {
    value = value.dividedBy(100);
    unit = unit.dividedBy(100);
  }
  return { kind: "number", value, unit, percent, fromText: true };
}
