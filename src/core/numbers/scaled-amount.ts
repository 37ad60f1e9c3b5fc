/**
 * An amount as an exact integer count of 10^-scale, read from its decimal text ("465.22" → 46522n, scale 2).
 * Sums of printed amounts that agree are confirmed with these exact integers; every figure that is reported
 * (differences, corrected values, rounding intervals) is computed with Decimal.
 */
export interface ScaledAmount {
  units: bigint;
  scale: number;
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
const POWERS: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** From a plain decimal text (no exponent, no separators); undefined otherwise. */
export function scaledFromText(text: string): ScaledAmount | undefined {
  if (!DECIMAL_TEXT.test(text)) return undefined;
  const dot = text.indexOf(".");
  if (dot < 0) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

/** Σ sign × amount, exactly, at the largest scale of the parts. */
export function signedSum(parts: readonly { amount: ScaledAmount; sign: 1 | -1 }[]): ScaledAmount {
  let scale = 0;
  for (const p of parts) if (p.amount.scale > scale) scale = p.amount.scale;
  let units = 0n;
  for (const p of parts) {
    const aligned = p.amount.units * POWERS[scale - p.amount.scale];
    units = p.sign === 1 ? units + aligned : units - aligned;
  }
  return { units, scale };
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareScaled(a: ScaledAmount, b: ScaledAmount): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.units * POWERS[scale - a.scale];
  const y = b.units * POWERS[scale - b.scale];
  return x < y ? -1 : x > y ? 1 : 0;
}
