import { Decimal } from "../numbers/decimal";
import { compact } from "../text/normalize";
import { DIMENSION_KINDS, PER_SEPARATORS, UNIT_PREFIXES, UNITS, type UnitKind } from "./vocabulary";

/**
 * Units in one place: the 度量单位 of indicators (元/年, 人次, %, 分钟) and the amount units of tables (万元, 元),
 * reduced to something comparable. “1.74万元” and “41850元/年” are both 元 (per 年 or not).
 */
export interface NormalUnit {
  dimension: string;
  /** Multiplier to the dimension's base unit (万元 → 10000). */
  factor: Decimal;
  /** What follows a “/” (“年” in “元/年”, “人·次” in “元/人·次”), compact. */
  per: string;
}

/** Normalises a 度量单位; undefined when it is not a numeric unit (e.g. “级”, “按时按质按量”). */
export function normaliseUnit(unit: string | undefined): NormalUnit | undefined {
  if (!unit) return undefined;
  const [base, ...perParts] = compact(unit).split(/[/／]/);
  const per = perParts.join("/");
  const plain = UNITS[base];
  if (plain) return { dimension: plain.dimension, factor: new Decimal(plain.factor), per };
  const prefix = UNIT_PREFIXES[base.charAt(0)];
  const rest = UNITS[base.slice(1)];
  if (prefix && rest) return { dimension: rest.dimension, factor: new Decimal(prefix).times(rest.factor), per };
  return undefined;
}

export function isPercentUnit(unit: string | undefined): boolean {
  return normaliseUnit(unit)?.dimension === "%";
}

/** Money, percent, time or count. */
export function unitKind(unit: NormalUnit): UnitKind {
  return DIMENSION_KINDS[unit.dimension] ?? "count";
}

/**
 * What a compound unit counts per: the dimension of the first part after “/” (“人·次” and “人.年” → 人), the
 * part itself when it is no unit, "" when there is none.
 */
export function perDimension(unit: NormalUnit): string {
  if (!unit.per) return "";
  const first = unit.per.split(PER_SEPARATORS)[0];
  return normaliseUnit(first)?.dimension ?? first;
}

/**
 * How two units relate:
 * - `same`: one unit spelled two ways (人数 and 人, ％ and %);
 * - `convertible`: one dimension, a factor apart (万元 and 元/年; 元/人·次 and 元/人.年 both per person);
 * - `related`: the same kind of measure that cannot be converted (人次 and 人; 元/人 and 元/年);
 * - `incompatible`: different kinds (元 and %, 个 and 分钟).
 */
export type UnitRelation = "same" | "convertible" | "related" | "incompatible";

export function relateUnits(a: NormalUnit, b: NormalUnit): UnitRelation {
  const perA = perDimension(a);
  const perB = perDimension(b);
  const perFits = perA === perB || perA === "" || perB === "";
  if (a.dimension === b.dimension && perFits) {
    return a.factor.eq(b.factor) && compact(a.per) === compact(b.per) ? "same" : "convertible";
  }
  return unitKind(a) === unitKind(b) ? "related" : "incompatible";
}

/** A value in unit `from` expressed in unit `to` of the same dimension: 1.74 万元 → 17400 元. */
export function convertValue(value: Decimal, from: NormalUnit, to: NormalUnit): Decimal {
  return value.times(from.factor).dividedBy(to.factor);
}

/** Multiplier from an amount unit to 元 (“万元” → 10000); 1 for a unit that is not money. */
export function moneyScale(unit: string): Decimal {
  const normal = normaliseUnit(unit);
  return normal && normal.dimension === "元" ? normal.factor : new Decimal(1);
}
