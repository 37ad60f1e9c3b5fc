import { Decimal, HUNDRED } from "../numbers/decimal";
import { RoundingInterval } from "../numbers/rounding-interval";
import { percentInterval } from "../numbers/verdict";
import type { BudgetLine, NumberCell } from "./model";

const ONE = new Decimal(1);

/**
 * The interval a printed amount stands for (尾差 model), times `scale` (万元 → 元: 10000): 63.00 万元 is
 * [629950, 630050] 元. A blank cell is exactly zero.
 */
export function cellInterval(cell: NumberCell | undefined, scale: Decimal = ONE): RoundingInterval {
  if (cell?.value === undefined) return RoundingInterval.ZERO;
  return (cell.unit ? RoundingInterval.of(cell.value, cell.unit) : RoundingInterval.exact(cell.value)).scale(scale);
}

/**
 * Unit of the last digit the cell shows: “10” → 1, “9.5” → 0.1, “100.00%” → 0.0001 (of the fraction). Scores
 * and rates are judged on what is printed, not on the cent precision assumed for amounts in General format.
 */
export function shownUnit(cell: NumberCell): Decimal {
  const digits = cell.text.replace(/[,\s]/g, "");
  const m = /\.(\d+)/.exec(digits);
  const places = m ? m[1].length : 0;
  const unit = new Decimal(1).dividedBy(new Decimal(10).pow(places));
  return digits.includes("%") || digits.includes("％") ? unit.dividedBy(HUNDRED) : unit;
}

/** A rate cell (a fraction, 1 = 100%) as a stated percentage with its printed unit: “4.80%” → 4.80, 0.01. */
export function statedPercent(cell: NumberCell): { value: Decimal; unit: Decimal } | undefined {
  if (cell.value === undefined) return undefined;
  return { value: cell.value.times(HUNDRED), unit: shownUnit(cell).times(HUNDRED) };
}

/**
 * 执行率 = 执行数 ÷ 全年预算数 as the percentage interval the printed amounts allow (0.63 ÷ 0.63 → 98.43%–101.60%);
 * undefined when the budget is missing or zero.
 */
export function executionInterval(line: BudgetLine): RoundingInterval | undefined {
  const { full, executed } = line.cells;
  if (full?.value === undefined || executed?.value === undefined || full.value.isZero()) return undefined;
  return percentInterval(cellInterval(executed), cellInterval(full));
}

/** 执行数 ÷ 全年预算数 as printed (a fraction), undefined when the budget is zero or missing. */
export function executionRate(line: BudgetLine): Decimal | undefined {
  const full = line.cells.full?.value;
  const executed = line.cells.executed?.value;
  if (!full || full.isZero() || executed === undefined) return undefined;
  return executed.dividedBy(full);
}
