import type { RowAmounts, TableModel } from "../tables/table-model";
import type { Rule } from "./rule-ast";
import { visitTerms, type Frame, type TermSink } from "./terms";
import { rescale, type ScaledAmount } from "../numbers/scaled-amount";

/**
 * Σ sign × printed value of one side, on exact scaled integers, as the terms are visited (no term objects).
 * `exact` turns false when an amount has no exact form, the tables' units differ or the sum leaves the safe
 * integers: then Decimal decides.
 */
class ExactSide {
  units = 0;
  scale = 0;
  exact = true;
  count = 0;

  reset(): void {
    this.units = 0;
    this.scale = 0;
    this.exact = true;
    this.count = 0;
  }

  add(cells: RowAmounts, key: string, sign: 1 | -1, sameUnit: boolean): void {
    this.count++;
    if (!sameUnit) this.exact = false;
    if (!this.exact) return;
    const amount = AMOUNT;
    const read = cells.readExact(key, amount);
    if (read !== "exact") {
      if (read === "other") this.exact = false; // a number without exact form (rounded by its format, text, %)
      return;
    }
    if (amount.scale > this.scale) {
      this.units = rescale(this.units, this.scale, amount.scale);
      this.scale = amount.scale;
    }
    const aligned = rescale(amount.units, amount.scale, this.scale);
    this.units = sign === 1 ? this.units + aligned : this.units - aligned;
    if (!Number.isSafeInteger(this.units)) this.exact = false;
  }
}

/** The amount being added, read into one object reused for every cell. */
const AMOUNT: ScaledAmount = { units: 0, scale: 0 };
/** Reused for every place: evaluation is synchronous, so two sides suffice for the whole run. */
const LEFT = new ExactSide();
const RIGHT = new ExactSide();
/** The first table met at this place; a table in another unit sends the place to Decimal (the same table: no unit read). */
let placeTable: TableModel | undefined;
const sameUnit = (table: TableModel): boolean => table === (placeTable ??= table) || table.unit === placeTable.unit;
const addLeft: TermSink = (cells, key, table, sign) => LEFT.add(cells, key, sign, sameUnit(table));
const addRight: TermSink = (cells, key, table, sign) => RIGHT.add(cells, key, sign, sameUnit(table));

/**
 * What can be told at this place without building a check: the rule does not apply here (a required row or
 * column is absent, no left-hand cell), it holds on the exact printed values, or Decimal must examine it (a
 * failure, a rounding tail, mixed units or an amount without exact form).
 */
export type ExactOutcome = "not-applicable" | "holds" | "examine";

export function exactOutcome(rule: Rule, frame: Frame): ExactOutcome {
  LEFT.reset();
  RIGHT.reset();
  const applies = visitTerms(rule.left, frame, 1, addLeft) && visitTerms(rule.right, frame, 1, addRight);
  placeTable = undefined; // holds no workbook after the place
  if (!applies || LEFT.count === 0) return "not-applicable";
  if (!LEFT.exact || !RIGHT.exact) return "examine";
  const scale = Math.max(LEFT.scale, RIGHT.scale);
  const l = rescale(LEFT.units, LEFT.scale, scale);
  const r = rescale(RIGHT.units, RIGHT.scale, scale);
  if (!Number.isSafeInteger(l) || !Number.isSafeInteger(r)) return "examine";
  const holds = rule.comparison === "=" ? l === r : rule.comparison === ">=" ? l >= r : l <= r;
  return holds ? "holds" : "examine";
}
