import type { TableModel } from "../tables/table-model";
import { TableValueSource } from "./table-source";
import { evaluateDefinition } from "./template/run";
import { parseTemplate } from "./template/template";

/**
 * Last year's figures for the items a template names (its 定义 such as 收支总计), computed from last year's
 * tables with the template's own definitions, in 万元 with two decimals — plain amounts that can be stored
 * with this year's workbook.
 */
export function priorItemsFromTables(tables: TableModel[], items: readonly string[], templateText: string): Record<string, string> {
  const template = parseTemplate(templateText);
  const source = new TableValueSource(tables);
  const figures: Record<string, string> = {};
  for (const item of items) {
    const value = evaluateDefinition(template, item, source);
    if (value?.t === "num") figures[item] = value.v.toFixed(2);
  }
  return figures;
}
