import type { AmountCell, TableModel } from "../tables/table-model";
import type { Rule } from "./rule-ast";
import { visitTerms, type Frame } from "./terms";
import { rescale } from "../numbers/scaled-amount";

/**
 * Σ sign × printed value of one side, on exact scaled integers, as the terms are visited (no term objects).
 * `exact` turns false when an amount has no exact form or the tables' units differ: then Decimal decides.
 */
class ExactSide {
  units = 0n;
  scale = 0;
  exact = true;
  count = 0;

  constructor(private readonly unit: { name?: string }) {}

  readonly add = (cell: AmountCell, table: TableModel, sign: 1 | -1): void => {
    this.count++;
    if (this.unit.name === undefined) this.unit.name = table.unit;
    else if (this.unit.name !== table.unit) this.exact = false;
    if (cell.blank || !this.exact) return;
    const amount = cell.exact;
    if (!amount) {
      this.exact = false;
      return;
    }
    if (amount.scale > this.scale) {
      this.units = rescale(this.units, this.scale, amount.scale);
      this.scale = amount.scale;
    }
    const aligned = rescale(amount.units, amount.scale, this.scale);
    this.units = sign === 1 ? this.units + aligned : this.units - aligned;
  };
}

/**
 * True when there is nothing to report at this place without building a check: the rule does not apply
 * (a required row or column is absent, no left-hand cell), or it holds on the exact printed values.
 * False means: examine with Decimal (a failure, a rounding tail, mixed units or an amount without exact form).
 */
export function nothingToReport(rule: Rule, frame: Frame): boolean {
  const unit = {};
  const left = new ExactSide(unit);
  const right = new ExactSide(unit);
  if (!visitTerms(rule.left, frame, 1, left.add) || !visitTerms(rule.right, frame, 1, right.add)) return true;
  if (left.count === 0) return true;
  if (!left.exact || !right.exact) return false;
  const scale = Math.max(left.scale, right.scale);
  const l = rescale(left.units, left.scale, scale);
  const r = rescale(right.units, right.scale, scale);
  return rule.comparison === "=" ? l === r : rule.comparison === ">=" ? l >= r : l <= r;
}
