import type { TableModel } from "../tables/table-model";
import { TableValueSource } from "./table-source";
import { refText } from "./template/values";

const BY_ITEM = "一般公共预算支出预算表";
const THREE_PUBLIC = "一般公共预算“三公”经费支出预算表";
const THREE_PUBLIC_COLUMNS = ["合计", "因公出国费", "公务用车小计", "公务用车购置费", "公务用车运行维护费", "公务接待费"];

/**
 * What the 决算 text needs of this year's 预算公开 workbook, as a plain map that can be stored with the workbook
 * (like last year's figures): 年初预算数 by 项 (一般公共预算支出预算表 合计, “一般公共预算支出预算表|2080505|合计”),
 * the table's 合计, and the 三公 budgets. Amounts in 万元.
 */
export function budgetItemsFromTables(tables: readonly TableModel[]): Record<string, string> {
  const source = new TableValueSource(tables);
  const items: Record<string, string> = {};
  const keep = (table: string, row: string, column: string) => {
    const value = source.value({ table, row, column });
    if (value) items[refText({ table, row, column })] = value.toFixed(2);
  };
  for (const row of source.rows(BY_ITEM) ?? []) if (row.level === 3 || row.key === "合计") keep(BY_ITEM, row.key, "合计");
  for (const column of THREE_PUBLIC_COLUMNS) keep(THREE_PUBLIC, "合计", column);
  return items;
}
