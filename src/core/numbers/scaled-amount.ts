import { formatInfo } from "./parse-number";

/**
 * An amount as an exact integer count of 10^-scale, read from its decimal text ("465.22" → 46522, scale 2).
 * `units` is a safe integer (|units| < 2^53: every 万元 or 元 amount a disclosure prints), so sums of them are
 * exact in plain numbers with no allocation. Checks whose printed amounts agree are confirmed with these integers
 * (src/core/rules/exact-check.ts); every figure that is reported (differences, corrected values, rounding
 * intervals) is computed with Decimal.
 */
export interface ScaledAmount {
  units: number;
  scale: number;
}

const POWERS: number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * From a finite number's shortest text (String(n): "465.22", "-3", "0.005"); undefined for exponent forms
 * ("1e-7"), which have no plain digits to read, and for more digits than a safe integer holds (0.1 + 0.2 as
 * stored, 0.30000000000000004): Decimal examines those.
 */
export function scaledFromNumberText(text: string): ScaledAmount | undefined {
  if (text.includes("e")) return undefined;
  const dot = text.indexOf(".");
  const units = Number(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
  if (!Number.isSafeInteger(units)) return undefined;
  return { units, scale: dot < 0 ? 0 : text.length - dot - 1 };
}

/**
 * `units` at scale `from` expressed at the larger scale `to` (46522 at 2 → 465220 at 3); not a safe integer
 * (NaN beyond 10^15) when it no longer fits: the caller then leaves the place to Decimal.
 */
export function rescale(units: number, from: number, to: number): number {
  if (to === from) return units;
  const power = POWERS[to - from];
  return power === undefined ? NaN : units * power;
}

/**
 * The exact value when the number is printed as stored (no rounding by its format, not a percentage), written into
 * `out` (the rules ask this of every cell at every place: one reused object, none made per cell); false when there
 * is none. A format that shows decimals is read at its own scale, one test: a number with no more decimals than the
 * format shows passes it (“465.2” shown as 465.20 → 46520 at scale 2), one with more does not.
 */
export function exactAsPrinted(v: number, format: string | undefined, out: ScaledAmount): boolean {
  const { decimals, percent } = formatInfo(format);
  if (percent) return false;
  return decimals === undefined ? scaledOf(v, out) : atScale(v, decimals, out);
}

/**
 * `v` as a whole count of 10^-scale when it is exactly that: Math.round(v × 10^scale) / 10^scale is this very double
 * (division is correctly rounded, so any value of `scale` or fewer decimals passes, and no other). False beyond the
 * safe integers or 15 decimals: Decimal examines those.
 */
function atScale(v: number, scale: number, out: ScaledAmount): boolean {
  const power = POWERS[scale];
  if (power === undefined) return false;
  const units = Math.round(v * power);
  if (units / power !== v || !Number.isSafeInteger(units)) return false;
  out.units = units;
  out.scale = scale;
  return true;
}

/**
 * The exact form of a stored number: the fewest decimals (up to 4, what amounts print) whose value is this very
 * double (Math.round(465.22 × 100) / 100 === 465.22 → 46522 at scale 2), found with a few multiplications; other
 * numbers through their shortest text.
 */
function scaledOf(v: number, out: ScaledAmount): boolean {
  for (let scale = 0; scale <= 4; scale++) {
    const units = Math.round(v * POWERS[scale]);
    if (units / POWERS[scale] !== v) continue;
    if (!Number.isSafeInteger(units)) return false;
    out.units = units;
    out.scale = scale;
    return true;
  }
  const read = scaledFromNumberText(String(v));
  if (!read) return false;
  out.units = read.units;
  out.scale = read.scale;
  return true;
}
