import { builtInTemplate, generateNarrative, narrativeTitle, performanceNarrative, priorYearFromTables, type NarrativeSection } from "../narrative";
import type { NarrativeGap } from "../narrative/template/gaps";
import { recognizeTables } from "../recognition/recognize";
import type { WorkbookSnapshot } from "../snapshot/types";
import { dominantFamily } from "../tables/family";
import type { CheckResult, Figures } from "./check";
import { WorkbookContentError } from "./content-error";
import type { EngineConfig } from "./engine-config";

/** What the text is written from besides the checked workbook. Blank figures count as not given. */
export interface NarrateInputs {
  /** Last year's figures by item (收支总计 …), typed or stored with the workbook: they win over every other source. */
  prior?: Figures;
  /** Last year's workbook: every figure of last year not named in `prior` nor in this workbook's 上年数 sheet. */
  priorYear?: WorkbookSnapshot;
  /** 年初预算数 by 项 and the 三公 budgets as stored with the workbook (budgetFiguresFromWorkbook). */
  budget?: Figures;
  /** This year's 预算公开 workbook, read whole (its tables instead of stored `budget` figures). */
  budgetYear?: WorkbookSnapshot;
  /** Figures only the accountant knows (政府采购支出总额, 车辆数 …), typed in a form. */
  inputs?: Figures;
  /** The year the text is about, when not the one the workbook states. */
  year?: number;
}

export interface Narrative {
  /** “曲靖市沾益区医疗保障局2023年度部门决算情况说明”: the title of the text and of its Word file. */
  title: string;
  /** The chapters, each with its text, its lines of runs and its gaps. */
  sections: NarrativeSection[];
  /** Every gap once per field (a prior-year item used in two chapters is one field). */
  gaps: NarrativeGap[];
  /** Labels of the figures not available (each once), as the placeholders name them. */
  missing: string[];
  /** Prior-year items the text needed and did not have (收支总计 …). */
  missingPrior: string[];
  /** Figures the text asks the accountant for (政府采购支出总额 …), given or not: the form's fields. */
  inputs: string[];
}

/**
 * Writes the 情况说明 of a checked workbook: the configured template (the built-in one of the workbook's family
 * otherwise) and number style; last year's figures from what was typed, the workbook's 上年数 sheet and last
 * year's workbook, in that order. Throws TemplateError for a malformed template, WorkbookContentError for a workbook
 * without 公开表 or a budget workbook without budget tables (messages in Chinese).
 */
export function narrate(check: CheckResult, config: EngineConfig, inputs: NarrateInputs = {}): Narrative {
  if (check.models.length === 0) return performanceOnly(check, inputs.year ?? check.year);
  const family = dominantFamily(check.models);
  const year = inputs.year ?? check.year;
  const lastYear = inputs.priorYear && recognizeTables(inputs.priorYear).tables;
  const budgetTables = inputs.budgetYear && budgetTablesOf(inputs.budgetYear);
  const budget = withoutBlanks(inputs.budget ?? {});
  const result = generateNarrative(check.models, {
    family,
    prior: {
      ...(lastYear ? priorYearFromTables(lastYear, inputs.priorYear!.name) : { source: "上年数", problems: [] }),
      items: { ...check.priorInWorkbook, ...withoutBlanks(inputs.prior ?? {}) },
    },
    budget: budgetTables ? priorYearFromTables(budgetTables, inputs.budgetYear!.name) : Object.keys(budget).length > 0 ? budget : undefined,
    inputs: withoutBlanks(inputs.inputs ?? {}),
    template: config.customTemplate || undefined,
    style: config.numberStyle,
    year,
    unit: check.unit,
    projects: check.projects,
    framing: config.framingChapters,
  });
  const gaps = uniqueFields(result.sections.flatMap((s) => s.gaps));
  return {
    title: narrativeTitle(family, check.unit, year),
    sections: result.sections,
    gaps,
    missing: result.missing,
    missingPrior: gaps.flatMap((gap) => (gap.kind === "prior" && gap.item ? [gap.item] : [])),
    inputs: result.inputs,
  };
}

/** A workbook of 绩效 tables only: the 预算绩效管理 part of the text; with no 项目 绩效 table either, nothing to write. */
function performanceOnly(check: CheckResult, year: number | undefined): Narrative {
  const result = performanceNarrative(check.projects, check.unit, year);
  if (!result) throw new WorkbookContentError(`“${check.file}”中没有识别到预决算公开表或项目绩效表，无法生成情况说明。`);
  const title = `${check.unit ?? ""}${year ? `${year}年度` : ""}预算绩效管理情况`;
  return { title, sections: result.sections, gaps: [], missing: [], missingPrior: [], inputs: [] };
}

/** The template a checked workbook's text is written from. */
export function templateOf(check: CheckResult, config: EngineConfig): string {
  return config.customTemplate || builtInTemplate(dominantFamily(check.models));
}

function budgetTablesOf(budget: WorkbookSnapshot) {
  const tables = recognizeTables(budget).tables.filter((t) => t.kind.family === "预算");
  if (tables.length === 0) throw new WorkbookContentError(`“${budget.name}”中没有识别到预算公开表，无法读取年初预算数。`);
  return tables;
}

function uniqueFields(gaps: readonly NarrativeGap[]): NarrativeGap[] {
  const byField = new Map<string, NarrativeGap>();
  for (const gap of gaps) if (!byField.has(gap.field)) byField.set(gap.field, gap);
  return [...byField.values()];
}

function withoutBlanks(figures: Figures): Figures {
  return Object.fromEntries(Object.entries(figures).filter(([, v]) => v.trim() !== ""));
}
