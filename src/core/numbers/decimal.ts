import DecimalBase from "decimal.js";

/**
 * The one Decimal used by the engine: 40 significant digits, rounding half up (四舍五入) as Chinese
 * accounting does. Never use binary floats for money or percentages.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

/** Fixed notation with `places` decimals, half up: formatFixed(461.495, 2) → "461.50". */
export function formatFixed(value: Decimal, places: number): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/** Number of decimals a unit like 0.01 stands for (0.01 → 2, 1 → 0). */
export function unitDecimals(unit: Decimal): number {
  return Math.max(0, unit.decimalPlaces());
}

/** Prints an amount at the precision of its unit. */
export function formatAmount(value: Decimal, unit: Decimal): string {
  return formatFixed(value, unitDecimals(unit));
}
