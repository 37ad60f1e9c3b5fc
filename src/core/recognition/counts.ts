import type { Finding } from "../findings/finding";
import type { EngineRuleId } from "../findings/rule-id";
import type { TableRow } from "../tables/table-model";
import { compact } from "../text/normalize";

/**
 * Lines and columns of counts (团组数, 人次, 批次, 保有量, 辆, 个 …) in the 三公 tables: never amounts, never part of
 * an amount sum, and whole numbers.
 */
const COUNT_WORDS = /团组|人次|人数|批次|保有量|购置数|车辆数|[(（](个|人|辆|台|套|台套|次|批)[)）]$|(个|辆|台)数$/;

export function isCountLabel(text: string): boolean {
  return COUNT_WORDS.test(compact(text));
}

/** A count that is not a whole number (2.5 团组) is an input slip at its cell. */
export function fractionalCounts(row: TableRow, sheet: string, table: string): Finding[] {
  const out: Finding[] = [];
  for (const [column, cell] of row.cells) {
    if (cell.blank || cell.value.isInteger()) continue;
    out.push({
      rule: "input.count" satisfies EngineRuleId,
      kind: "input",
      severity: "warning",
      sheet,
      cell: cell.address,
      related: [],
      table,
      subject: `${row.name}·${column}`,
      actual: cell.value.toString(),
      headline: `${table} ${cell.address} ${row.name} 填 ${cell.value.toString()}，计数应为整数`,
      message: `“${row.name}”是计数（团组、人次、批次、辆等），应为整数，表中为 ${cell.value.toString()}。`,
    });
  }
  return out;
}
