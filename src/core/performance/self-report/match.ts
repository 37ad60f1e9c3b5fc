import { Decimal } from "../../numbers/decimal";
import { RoundingInterval } from "../../numbers/rounding-interval";
import { compact } from "../../text/normalize";
import type { IndicatorRow, IndicatorValue, SourceCell } from "../model";
import { convertValue, normaliseUnit, perDimension, type NormalUnit } from "../units";
import { COMPOUND_NAME, REPORT_MATCH_MIN_SHARED } from "../vocabulary";
import { bigrams, sharedPieces } from "./figures";

/**
 * Which indicator a report figure speaks of, and the table's values to hold it against: an indicator measured
 * in the figure's unit whose name shares the most two-character pieces with the words around the figure
 * (“县级补助标准为55.4元/人.年” → 参保人员县级补助成本, 元/人·次). A tie or too little in common finds none.
 */

/** The indicator's 度量单位 (column, else the unit inside 指标值). */
export function unitOf(row: IndicatorRow): NormalUnit | undefined {
  return normaliseUnit(row.unit?.text || row.targetValue?.unit);
}

/** A figure can state this indicator's value: same dimension, counted per the same thing (元/人 ≠ 元). */
export function fits(row: IndicatorRow, unit: NormalUnit): boolean {
  const own = unitOf(row);
  return !!own && own.dimension === unit.dimension && perDimension(own) === perDimension(unit);
}

/** The one indicator whose name shares the most pieces (at least the minimum) with the words; none on a tie. */
export function bestMatch(rows: IndicatorRow[], words: string): IndicatorRow | undefined {
  const pieces = bigrams(words);
  const scored = rows.map((row) => ({ row, score: sharedPieces(bigrams(row.name.text), pieces) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  return best >= REPORT_MATCH_MIN_SHARED && top.length === 1 ? top[0].row : undefined;
}

/** Last printed digit of an indicator value (“58.4” → 0.1). */
function precisionOf(value: IndicatorValue): Decimal {
  const m = /\.(\d+)/.exec(value.text.replace(/,/g, ""));
  const places = Math.max(m ? m[1].length : 0, value.number?.decimalPlaces() ?? 0);
  return new Decimal(1).dividedBy(new Decimal(10).pow(places));
}

export interface TableValue {
  value: Decimal;
  interval: RoundingInterval;
  cell: SourceCell;
  text: string;
}

/** 完成值 or 指标值 in the indicator's unit. */
export function tableValue(row: IndicatorRow, which: "actual" | "target"): TableValue | undefined {
  const value = which === "actual" ? row.actualValue : row.targetValue;
  const cell = which === "actual" ? row.actual : row.target;
  const unit = unitOf(row);
  if (value?.number === undefined || !cell || !unit) return undefined;
  const own = value.unit ? normaliseUnit(value.unit) : unit;
  if (!own || own.dimension !== unit.dimension) return undefined;
  const number = convertValue(value.number, own, unit);
  const interval = RoundingInterval.of(value.number, precisionOf(value)).scale(own.factor.dividedBy(unit.factor));
  return { value: number, interval, cell, text: `${value.text}${value.unit ? "" : (row.unit?.text ?? "")}` };
}

/** A compound indicator (“到龄人数和未到龄人数”) is only a candidate when the words name it whole. */
export function named(row: IndicatorRow, words: string): boolean {
  return !COMPOUND_NAME.test(row.name.text) || compact(words).includes(compact(row.name.text));
}
