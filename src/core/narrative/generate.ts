import { Decimal } from "../numbers/decimal";
import { isCountName, typedAmountText } from "../numbers/typed-amount";
import type { PerformanceProject } from "../performance/model";
import type { TableModel } from "../tables/table-model";
import { glossaryChapter, overviewChapter } from "./framing-chapters";
import { performanceSummary } from "./performance-summary";
import type { NumberStyle } from "./phrases";
import { priorValueSource, type PriorYearFigures } from "./prior-year";
import { TableValueSource } from "./table-source";
import { fillMark } from "./template/gaps";
import { runTemplate, writtenSection, type NarrativeResult } from "./template/run";
import { parseTemplate } from "./template/template";
import { missing, num, str, type RowView, type TableRef, type Value, type ValueSource } from "./template/values";
import { BUDGET_TEMPLATE } from "./templates/budget";
import { FINAL_TEMPLATE } from "./templates/final";

export interface NarrativeOptions {
  family: "决算" | "预算";
  /** Last year's figures: PriorYearFigures, or a plain map item → amount in 万元 (as stored with the workbook). */
  prior?: PriorYearFigures | Record<string, string>;
  /**
   * This year's 预算公开 workbook (年初预算数 by 项, 三公 budgets): its recognised tables, or the plain map
   * `budgetItemsFromTables` makes of them (as stored with the workbook).
   */
  budget?: PriorYearFigures | Record<string, string>;
  /** Figures only the accountant knows, typed in a form (政府采购支出总额, 车辆数 …), in 万元 / as counts. */
  inputs?: Record<string, string>;
  /** Template text replacing the built-in one. */
  template?: string;
  /** The year the text is about; read from the table titles when not given. */
  year?: number;
  /** The unit's name (“上海市普陀区财政局”); “本部门” when not known. */
  unit?: string;
  /** “0.00万元/100.00%” (fixed, the default) or “0万元/100%” (plain), as the region prints them. */
  style?: NumberStyle;
  /** 绩效 projects of the workbook, for the 预算绩效管理 paragraph. */
  projects?: readonly PerformanceProject[];
  /** The chapters around the numbers: 部门概况 (主要职责, 机构设置 as gaps) first, 名词解释 last. */
  framing?: boolean;
}

/** “上海市普陀区财政局2024年度部门决算情况说明”: the title of the text (and of its Word file). */
export function narrativeTitle(family: "决算" | "预算", unit?: string, year?: number): string {
  return `${unit ?? ""}${year ? `${year}年度` : ""}部门${family}情况说明`;
}

export function builtInTemplate(family: "决算" | "预算"): string {
  return family === "预算" ? BUDGET_TEMPLATE : FINAL_TEMPLATE;
}

/**
 * Writes the 情况说明 from the tables: the standard paragraphs with every number filled in, a visible
 * 【缺：…】 wherever a number is not available, 【待填写：…】 where only the accountant can write (the reason of
 * every increase or decrease). Throws TemplateError (message in Chinese) for a malformed template.
 */
export function generateNarrative(tables: TableModel[], options: NarrativeOptions): NarrativeResult {
  const template = parseTemplate(options.template ?? builtInTemplate(options.family));
  const source = withInputs(new TableValueSource(tables), options.inputs ?? {});
  const result = runTemplate(template, {
    source,
    prior: options.prior ? priorValueSource(asFigures(options.prior, "上年数")) : undefined,
    budget: options.budget ? priorValueSource(asFigures(options.budget, "预算")) : undefined,
    builtins: builtins(tables, options),
    style: options.style ?? "fixed",
  });
  if (!options.framing) return result;
  return { ...result, sections: [overviewChapter(), ...result.sections, glossaryChapter(options.family)] };
}

/**
 * A workbook of 绩效 tables only (no 公开表): the 预算绩效管理 part of the text, from the projects read; undefined
 * when it holds no 项目 绩效 table either.
 */
export function performanceNarrative(projects: readonly PerformanceProject[], unit: string | undefined, year: number | undefined): NarrativeResult | undefined {
  const text = performanceSummary(projects, unit ?? "本部门", year);
  if (!text) return undefined;
  return { sections: [writtenSection("绩效", "预算绩效管理情况", text)], missing: [], inputs: [] };
}

function asFigures(figures: PriorYearFigures | Record<string, string>, source: string): PriorYearFigures {
  const items = (figures as PriorYearFigures).items;
  if (items && typeof items === "object") return figures as PriorYearFigures;
  return { source, items: figures as Record<string, string>, problems: [] };
}

/** This year's tables, with the figures the accountant typed known by name (they win over the tables). */
function withInputs(tables: TableValueSource, inputs: Record<string, string>): ValueSource {
  const typed = (name: string) => {
    const text = typedAmountText(inputs[name], isCountName(name)); // as typed; unreadable stays a gap
    return text === undefined ? undefined : new Decimal(text);
  };
  return {
    value: (ref: TableRef) => tables.value(ref),
    rows: (table: string): RowView[] | undefined => tables.rows(table),
    named: typed,
  };
}

function builtins(tables: TableModel[], options: NarrativeOptions): Map<string, Value> {
  const y = options.year ?? yearInTitles(tables);
  const unit = options.unit ?? tables.find((t) => t.department)?.department;
  const performance = options.projects && performanceSummary(options.projects, unit ?? "本部门", y);
  return new Map<string, Value>([
    ["年度", y ? str(String(y)) : missing("年度")],
    ["上一年度", y ? str(String(y - 1)) : missing("上一年度")],
    ["单位", str(unit ?? "本部门")],
    ["零", num(new Decimal(0))],
    ["绩效管理", performance ? str(performance) : str(fillMark("预算绩效管理工作开展情况、绩效自评结果"))],
  ]);
}

function yearInTitles(tables: TableModel[]): number | undefined {
  for (const t of tables) {
    const m = /(20\d{2})\s*年/.exec(t.title);
    if (m) return Number(m[1]);
  }
  return undefined;
}
