import { Decimal } from "../numbers/decimal";
import { compact } from "../text/normalize";
import { UNIT_PREFIXES, UNITS } from "./vocabulary";

/** A unit reduced to something comparable: “1.74万元” and “41850元/年” are both 元 (per 年 or not). */
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
