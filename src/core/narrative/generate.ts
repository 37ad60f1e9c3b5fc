import { Decimal } from "../numbers/decimal";
import type { TableModel } from "../tables/table-model";
import { priorValueSource, type PriorYearFigures } from "./prior-year";
import { TableValueSource } from "./table-source";
import { runTemplate, type NarrativeResult } from "./template/run";
import { parseTemplate } from "./template/template";
import { missing, num, str, type Value } from "./template/values";
import { BUDGET_TEMPLATE } from "./templates/budget";
import { FINAL_TEMPLATE } from "./templates/final";

export interface NarrativeOptions {
  family: "决算" | "预算";
  /** Last year's figures: PriorYearFigures, or a plain map item → amount in 万元 (as stored with the workbook). */
  prior?: PriorYearFigures | Record<string, string>;
  /** Template text replacing the built-in one. */
  template?: string;
  /** The year the text is about; read from the table titles when not given. */
  year?: number;
}

export function builtInTemplate(family: "决算" | "预算"): string {
  return family === "预算" ? BUDGET_TEMPLATE : FINAL_TEMPLATE;
}

/**
 * Writes the 情况说明 from the tables: the standard paragraphs with every number filled in, a visible
 * 【缺：…】 wherever a number is not available, 【待填写：…】 where only the accountant can write.
 * Throws TemplateError (message in Chinese) for a malformed template.
 */
export function generateNarrative(tables: TableModel[], options: NarrativeOptions): NarrativeResult {
  const template = parseTemplate(options.template ?? builtInTemplate(options.family));
  const prior = options.prior ? priorValueSource(asFigures(options.prior)) : undefined;
  return runTemplate(template, new TableValueSource(tables), prior, builtins(tables, options.year));
}

function asFigures(prior: PriorYearFigures | Record<string, string>): PriorYearFigures {
  const items = (prior as PriorYearFigures).items;
  if (items && typeof items === "object") return prior as PriorYearFigures;
  return { source: "上年数", items: prior as Record<string, string>, problems: [] };
}

function builtins(tables: TableModel[], year: number | undefined): Map<string, Value> {
  const y = year ?? yearInTitles(tables);
  const department = tables.find((t) => t.department)?.department;
  return new Map<string, Value>([
    ["年度", y ? str(String(y)) : missing("年度")],
    ["上一年度", y ? str(String(y - 1)) : missing("上一年度")],
    ["单位", department ? str(department) : missing("单位名称")],
    ["零", num(new Decimal(0))],
  ]);
}

function yearInTitles(tables: TableModel[]): number | undefined {
  for (const t of tables) {
    const m = /(20\d{2})\s*年/.exec(t.title);
    if (m) return Number(m[1]);
  }
  return undefined;
}
