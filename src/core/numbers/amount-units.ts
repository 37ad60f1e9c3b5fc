import { Decimal } from "./decimal";

/**
 * The amount units a disclosure table states (“单位：万元”, “金额单位：元”), each with its value in 元: the one
 * list the tables, the 绩效 tables and the text read. 万元 when a table states nothing.
 */
export const AMOUNT_UNITS = { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 } as const;

export type AmountUnit = keyof typeof AMOUNT_UNITS;

export const DEFAULT_AMOUNT_UNIT: AmountUnit = "万元";

/** “万元|千元|亿元|元”: longest first, for patterns that read a stated unit. */
export const AMOUNT_UNIT_PATTERN = (Object.keys(AMOUNT_UNITS) as AmountUnit[]).sort((a, b) => b.length - a.length).join("|");

export function isAmountUnit(text: string): text is AmountUnit {
  return Object.prototype.hasOwnProperty.call(AMOUNT_UNITS, text);
}

/** Each unit's value in 元 as a Decimal, made once (a Decimal never changes: every table of a unit shares it). */
const SCALES = new Map<string, Decimal>(Object.entries(AMOUNT_UNITS).map(([unit, value]) => [unit, new Decimal(value)]));
const DEFAULT_SCALE = new Decimal(AMOUNT_UNITS[DEFAULT_AMOUNT_UNIT]);

/** 元 per unit: 万元 → 10000. An unknown unit counts as 万元, the default. */
export function unitScale(unit: string): Decimal {
  return SCALES.get(unit) ?? DEFAULT_SCALE;
}
