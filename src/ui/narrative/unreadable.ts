import { isCountName, readTypedAmount } from "../../core/numbers/typed-amount";
import type { PriorFigures } from "../engine";

/** The typed figures that cannot be read (“上年收支总计”, “政府采购支出总额”): left out of the text, their gaps kept. */
export function unreadableFields(prior: PriorFigures, inputs: PriorFigures): string[] {
  const bad = (value: string, count: boolean) => readTypedAmount(value, count).kind === "invalid";
  return [
    ...Object.entries(prior).flatMap(([name, value]) => (bad(value, false) ? [`上年${name}`] : [])),
    ...Object.entries(inputs).flatMap(([name, value]) => (bad(value, isCountName(name)) ? [name] : [])),
  ];
}
