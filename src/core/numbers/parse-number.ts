import { Decimal } from "./decimal";

/**
 * What a cell or a typed text holds when read as a number, the way an accountant reads it.
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

export const BLANK: ParsedNumber = { kind: "blank", dash: false };
const DASH: ParsedNumber = { kind: "blank", dash: true };
const DASHES = new Set(["-", "—", "——", "－", "–", "/", "／", "\\", "…", "无"]);

/** 10^-places for places 0…12, built once: every amount cell needs its unit. */
const UNITS = Array.from({ length: 13 }, (_, places) => new Decimal(1).dividedBy(new Decimal(10).pow(places)));

/** 10^-places, the unit of a number printed with `places` decimals. */
export function unitOf(places: number): Decimal {
  return UNITS[places] ?? new Decimal(1).dividedBy(new Decimal(10).pow(places));
}

/** Decimals in a number's shortest representation ("465.22" → 2); exponent forms count as many. */
export function decimalsOf(text: string): number {
  if (text.includes("e")) return Infinity;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** What a number format shows: its decimals (undefined for General) and whether it is a percentage. */
interface FormatInfo {
  decimals: number | undefined;
  percent: boolean;
}

/** A workbook uses a handful of formats for thousands of cells: each is read once. */
const FORMAT_INFO = new Map<string, FormatInfo>();
const GENERAL_INFO: FormatInfo = { decimals: undefined, percent: false };

/** The format last asked and its reading: a table's amount cells share one format, asked cell after cell. */
let lastFormat: string | undefined;
let lastInfo = GENERAL_INFO;

export function formatInfo(format: string | undefined): FormatInfo {
  if (!format) return GENERAL_INFO;
  if (format === lastFormat) return lastInfo;
  let info = FORMAT_INFO.get(format);
  if (!info) {
    info = { decimals: formatDecimals(format), percent: isPercentFormat(format) };
    FORMAT_INFO.set(format, info);
  }
  lastFormat = format;
  lastInfo = info;
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

const IDEOGRAPHIC_SPACE = /\u3000/g;
const halfWidthChar = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/** Full-width digits and signs → ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH, halfWidthChar).replace(IDEOGRAPHIC_SPACE, " ");
}

const SPACES = /[\s\u00a0]+/g;
const DIGIT = /\d/;
/** "(12.50)": a negative amount as accountants print it. */
const IN_BRACKETS = /^[(（](.*)[)）]$/;
const MINUS_SIGN = /^[-−–]/;
/** Digits with thousands separators or none, and decimals. */
const PLAIN_NUMBER = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/;
const THOUSANDS = /,/g;
/** Words that say an amount does not apply (“单位不需填列”, “不适用”): not applicable, as a dash is. */
const NOT_APPLICABLE = /^(?:本?单位)?(?:不需|无需|不需要|不用)(?:填列|填报|填写)$|^不适用$/;
/** A sentence (“2017年“三公”经费预算支出合计4.9万元,比上年增加0.5万元。…”): words with figures in them, not a number. */
const SENTENCE_END = /[。；;！？]/;
const IDEOGRAPHS = /[\u4e00-\u9fff]/g;
const PROSE_IDEOGRAPHS = 8;

function isProse(raw: string): boolean {
  return SENTENCE_END.test(raw) || (raw.match(IDEOGRAPHS)?.length ?? 0) >= PROSE_IDEOGRAPHS;
}

/**
 * Reads numbers as typed or exported as text: "1,946.77", "461. 49", "50.60 ", full-width digits,
 * "(12.50)" for −12.50, "−3", "95%".
 */
export function parseNumberText(raw: string): ParsedNumber {
  const trimmed = toHalfWidth(raw).replace(SPACES, "");
  if (trimmed === "") return BLANK;
  if (DASHES.has(trimmed)) return DASH;
  if (!DIGIT.test(trimmed)) return NOT_APPLICABLE.test(trimmed) ? DASH : { kind: "text", text: raw };
  let s = trimmed;
  let negative = false;
  const paren = IN_BRACKETS.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (MINUS_SIGN.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (!PLAIN_NUMBER.test(s)) {
    if (isProse(raw)) return { kind: "text", text: raw };
    return { kind: "invalid", text: raw, reason: `“${raw.trim()}”不是可识别的数字` };
  }
  const digits = s.replace(THOUSANDS, "");
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
