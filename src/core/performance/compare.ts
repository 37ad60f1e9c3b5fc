import { Decimal, ZERO } from "../numbers/decimal";
import { compact } from "../text/normalize";
import type { IndicatorRow, IndicatorValue, Operator } from "./model";
import { convertValue, normaliseUnit, relateUnits } from "./units";
import { GRADE_SCALES, NEGATIVE_OPERATORS } from "./vocabulary";

/** A 完成值 and 指标值 brought to the same unit. */
export interface Comparable {
  actual: Decimal;
  target: Decimal;
  /** How the conversion was done, for messages (“1.74万元 = 17400元”), empty when none was needed. */
  note: string;
}

function unitOf(value: IndicatorValue, row: IndicatorRow): string | undefined {
  return value.unit ?? row.unit?.text;
}

/** Both values as numbers in one unit, or undefined when their units cannot be compared. */
export function comparable(row: IndicatorRow): Comparable | undefined {
  const a = row.actualValue;
  const t = row.targetValue;
  if (a?.number === undefined || t?.number === undefined) return undefined;
  const ua = unitOf(a, row);
  const ut = unitOf(t, row);
  if (!ua || !ut || compact(ua) === compact(ut)) return { actual: a.number, target: t.number, note: "" };
  const na = normaliseUnit(ua);
  const nt = normaliseUnit(ut);
  const relation = na && nt ? relateUnits(na, nt) : "incompatible";
  if (!na || !nt || (relation !== "same" && relation !== "convertible")) return undefined;
  const actual = convertValue(a.number, na, nt);
  const note = `${a.number.toFixed()}${ua} 折合 ${actual.toFixed()}${ut}`;
  return { actual, target: t.number, note };
}

/** “≥100%” and “=100%” say the same for a percentage; amounts compared in their base unit (5万元 = 50000元). */
export function targetSignature(row: IndicatorRow): string | undefined {
  const t = row.targetValue;
  if (!row.operator || row.operator === "定性" || t?.number === undefined) return undefined;
  const unit = normaliseUnit(t.unit ?? row.unit?.text);
  if (!unit) return undefined;
  const value = t.number.times(unit.factor);
  const op = unit.dimension === "%" && value.eq(100) && row.operator === "≥" ? "=" : row.operator;
  return `${op}${value.toFixed()}${unit.dimension}`;
}

/** A 指标值 as the accountant reads it, operator and unit included: “≥90%”, “≤5万元”. */
export function targetDescription(row: IndicatorRow): string {
  return `${row.operator ?? ""}${row.targetValue?.text.replace(/^[≥>=≤<＞＜＝]/, "") ?? ""}${row.targetValue?.unit ? "" : (row.unit?.text ?? "")}`;
}

function holds(op: Operator, actual: Decimal, target: Decimal): boolean | undefined {
  switch (op) {
    case "≥":
      return actual.gte(target);
    case ">":
      return actual.gt(target);
    case "=":
      return actual.eq(target);
    case "≤":
      return actual.lte(target);
    case "<":
      return actual.lt(target);
    default:
      return undefined;
  }
}

function gradeRank(text: string): { scale: number; rank: number } | undefined {
  const t = compact(text);
  for (let s = 0; s < GRADE_SCALES.length; s++) {
    const rank = GRADE_SCALES[s].indexOf(t);
    if (rank >= 0) return { scale: s, rank };
  }
  return undefined;
}

function qualitativeMet(row: IndicatorRow): boolean | undefined {
  const target = row.targetValue?.grade ?? row.targetValue?.text;
  const actual = row.actualValue?.grade ?? row.actualValue?.text;
  if (!target || !actual) return undefined;
  if (compact(target) === compact(actual)) return true;
  const rt = gradeRank(target);
  const ra = gradeRank(actual);
  if (!rt || !ra || rt.scale !== ra.scale) return undefined;
  return ra.rank <= rt.rank;
}

/** Whether the 完成值 meets the 指标值 under the operator; undefined when it cannot be told. */
export function isMet(row: IndicatorRow): boolean | undefined {
  if (!row.operator || !row.actualValue) return undefined;
  if (row.operator === "定性") return qualitativeMet(row);
  const c = comparable(row);
  return c ? holds(row.operator, c.actual, c.target) : undefined;
}

/**
 * Score under the common formulas (domain §4) for an indicator that missed its target:
 * 正向 完成 ÷ 目标 × 权重; 反向 (1 − (完成 − 目标) ÷ 目标) × 权重, never below 0 nor above 权重.
 */
export function formulaScore(row: IndicatorRow): Decimal | undefined {
  const c = comparable(row);
  const weight = row.weight?.value;
  if (!c || !weight || !row.operator || c.target.isZero()) return undefined;
  const reverse = NEGATIVE_OPERATORS.includes(row.operator) || (row.operator === "=" && c.actual.gt(c.target));
  const ratio = reverse ? new Decimal(1).minus(c.actual.minus(c.target).dividedBy(c.target)) : c.actual.dividedBy(c.target);
  return Decimal.min(Decimal.max(ratio, ZERO), 1).times(weight);
}
