import { formatInfo } from "./parse-number";

/**
 * An amount as an exact integer count of 10^-scale, read from its decimal text ("465.22" → 46522n, scale 2).
 * Checks whose printed amounts agree are confirmed with these exact integers (src/core/rules/exact-check.ts); every figure that is reported
 * (differences, corrected values, rounding intervals) is computed with Decimal.
 */
export interface ScaledAmount {
  units: bigint;
  scale: number;
}

const POWERS: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/**
 * From a finite number's shortest text (String(n): "465.22", "-3", "0.005"); undefined for exponent forms
 * ("1e-7"), which have no plain digits to read.
 */
export function scaledFromNumberText(text: string): ScaledAmount | undefined {
  if (text.includes("e")) return undefined;
  const dot = text.indexOf(".");
  if (dot < 0) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

/** `units` at scale `from` expressed at the larger scale `to` (46522n at 2 → 465220n at 3). */
export function rescale(units: bigint, from: number, to: number): bigint {
  return to === from ? units : units * POWERS[to - from];
}

/** The exact value when the number is printed as stored (no rounding by its format, not a percentage). */
export function exactAsPrinted(v: number, format: string | undefined): ScaledAmount | undefined {
  const { decimals, percent } = formatInfo(format);
  if (percent) return undefined;
  const exact = scaledOf(v);
  return exact && (decimals === undefined || exact.scale <= decimals) ? exact : undefined;
}

/** Amounts repeat (a 项 equals its 款, a total its single part): each distinct number is read once. */
const SCALED = new Map<number, ScaledAmount | null>();
const MAX_REMEMBERED = 200_000;

function scaledOf(v: number): ScaledAmount | undefined {
  let known = SCALED.get(v);
  if (known === undefined) {
    known = Number.isSafeInteger(v) ? { units: BigInt(v), scale: 0 } : (scaledFromNumberText(String(v)) ?? null);
    if (SCALED.size >= MAX_REMEMBERED) SCALED.clear();
    SCALED.set(v, known);
  }
  return known ?? undefined;
}
