import type { CellSnapshot } from "../snapshot/types";
import { Decimal } from "../numbers/decimal";
import { isPercentFormat, toHalfWidth } from "../numbers/parse-number";
import { compact } from "../text/normalize";
import { displayText } from "../snapshot/display-text";
import type { IndicatorValue, Operator } from "./model";
import { OPERATOR_SPELLINGS } from "./vocabulary";

/** Reads an operator spelling (“≥”, “＞”, “=”, “定性”); undefined when the text is not one. */
export function parseOperator(text: string): Operator | undefined {
  const t = compact(text);
  const hit = OPERATOR_SPELLINGS.find(([spelling]) => spelling === t);
  return hit ? hit[1] : undefined;
}

/** Operator at the start of a value text, longest spelling first. */
function leadingOperator(text: string): { operator?: Operator; rest: string } {
  const spellings = [...OPERATOR_SPELLINGS].sort((a, b) => b[0].length - a[0].length);
  for (const [spelling, operator] of spellings) {
    if (text.startsWith(spelling)) return { operator, rest: text.slice(spelling.length) };
  }
  return { rest: text };
}

const NUMBER_AT_START = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?|^\.\d+/;

/**
 * Reads a 指标值 or 完成值: “≥90%”, “1.74万元”, “＜37500人”, “定性优”, “60分钟”, “优”.
 * A number cell formatted as percent (0.9 shown “90%”) reads as 90 with unit %.
 */
export function parseIndicatorValue(cell: CellSnapshot | undefined): IndicatorValue | undefined {
  if (!cell || cell.value === null || cell.value === "") return undefined;
  if (typeof cell.value === "number") return fromNumberCell(cell);
  return parseIndicatorText(String(cell.value));
}

function fromNumberCell(cell: CellSnapshot): IndicatorValue {
  const text = displayText(cell);
  const value = new Decimal(String(cell.value));
  if (isPercentFormat(cell.numberFormat)) return { text, number: value.times(100), unit: "%" };
  return { text, number: value };
}

export function parseIndicatorText(raw: string): IndicatorValue | undefined {
  const text = raw.trim();
  const s = compact(text).replace(/，/g, ",");
  if (!s) return undefined;
  const { operator, rest } = leadingOperator(s);
  const m = NUMBER_AT_START.exec(rest);
  if (!m) return { text, operator, grade: rest || undefined };
  const unit = toHalfWidth(rest.slice(m[0].length)).trim();
  return { text, operator, number: new Decimal(m[0].replace(/,/g, "")), unit: unit || undefined };
}
