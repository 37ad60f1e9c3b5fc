/**
 * The pane's engine bound to src/core: what createEngine (./engine-binding.ts) loads on first use, so the engine is
 * a chunk of its own and the pane renders before it arrives.
 */
import { analyzeWorkbook } from "../core/analysis";
import { analysisOptionsFor, withRoundingMode } from "../hosts/settings/analysis-settings";
import {
  budgetItemsFromTables,
  builtInTemplate,
  detectYear,
  generateNarrative,
  identityOf,
  narrativeTitle,
  performanceNarrative,
  priorItemsFromTables,
  readPriorYearSheet,
  unitName,
  workbookMismatch,
  WorkbookMismatchError,
  type WorkbookIdentity,
} from "../core/narrative";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import { dominantFamily } from "../core/tables/family";
import { recognizeTables } from "../core/recognition/recognize";
import { checkPerformance } from "../core/performance";
import type { AnalysisView, NarrativeRequest, NarrativeView, OtherWorkbooks, PageFiles, PriorFigures, PriorWorkbook } from "./engine";
import type { PaneSettings } from "../hosts/settings/pane-settings";

/** Tables, rules, 绩效, the claims of an existing 情况说明 sheet, last year's 年末 and the 绩效目标表 when given (all in analyzeWorkbook). */
export function analyze(snapshot: WorkbookSnapshot, settings: PaneSettings, others: OtherWorkbooks = {}): AnalysisView {
  const result = analyzeWorkbook(snapshot, { ...analysisOptionsFor(settings), priorYear: others.priorYear, budgetWorkbook: others.budget });
  return {
    ...result,
    findings: result.findings.map((f) => withRoundingMode(f, settings)),
    year: detectYear(snapshot),
    priorInWorkbook: readPriorYearSheet(snapshot)?.items ?? {},
    unit: unitName(snapshot, result.models),
  };
}

/** Missing labels of the form 上年X name the prior-year item X. */
const PRIOR_LABEL = /^上年(.+)$/;

export function narrate(analysis: AnalysisView, request: NarrativeRequest): NarrativeView {
  if (analysis.models.length === 0) return performanceOnly(analysis);
  const prior = { ...analysis.priorInWorkbook, ...withoutBlanks(request.prior) };
  const family = dominantFamily(analysis.models);
  const result = generateNarrative(analysis.models, {
    family,
    prior,
    budget: request.budget && Object.keys(request.budget).length > 0 ? request.budget : undefined,
    inputs: withoutBlanks(request.inputs ?? {}),
    template: request.template,
    style: request.style,
    framing: request.framing,
    year: analysis.year,
    unit: analysis.unit,
    projects: analysis.projects,
  });
  const missingPrior = result.missing.flatMap((label) => PRIOR_LABEL.exec(label)?.[1] ?? []);
  return {
    sections: result.sections.map(({ id, title, text }) => ({ id, title, text })),
    missingPrior,
    inputs: result.inputs,
    title: narrativeTitle(family, analysis.unit, analysis.year),
  };
}

/** A workbook of 绩效 tables only: the 预算绩效管理 part of the text. */
function performanceOnly(analysis: AnalysisView): NarrativeView {
  const result = performanceNarrative(analysis.projects, analysis.unit, analysis.year);
  if (!result) throw new Error("这个工作簿中没有识别出公开表或项目绩效表，无法生成说明。");
  const title = `${analysis.unit ?? ""}${analysis.year ? `${analysis.year}年度` : ""}预算绩效管理情况`;
  return { sections: result.sections.map(({ id, title, text }) => ({ id, title, text })), missingPrior: [], inputs: [], title };
}

/** Another unit's or another year's workbook is not used without the accountant's word. */
function refuseMismatch(analysis: AnalysisView, other: WorkbookIdentity, role: "prior" | "budget", file: string): void {
  const why = workbookMismatch({ unit: analysis.unit, year: analysis.year }, other, role, file);
  if (why) throw new WorkbookMismatchError(why);
}

function withoutBlanks(figures: PriorFigures): PriorFigures {
  return Object.fromEntries(Object.entries(figures).filter(([, v]) => v.trim() !== ""));
}

/**
 * Last year's workbook, recognised by the same engine; every prior-year item this year's text asks for is
 * computed from its tables, so the figures can be stored with this workbook as plain amounts. The workbook itself
 * is handed back for the next check (this year's 年初结转和结余 against its 年末).
 */
export async function priorFromWorkbook(
  files: PageFiles,
  bytes: ArrayBuffer,
  name: string,
  analysis: AnalysisView,
  request: NarrativeRequest,
  accept = false,
): Promise<PriorWorkbook> {
  const snapshot = await files.readWorkbook(bytes, name);
  const lastYear = recognizeTables(snapshot).tables;
  if (!accept) refuseMismatch(analysis, identityOf(snapshot, lastYear), "prior", name);
  const wanted = narrate(analysis, { prior: {}, template: request.template }).missingPrior;
  const figures = priorItemsFromTables(lastYear, wanted, request.template ?? builtInTemplate(dominantFamily(analysis.models)));
  return { figures, snapshot };
}

/**
 * This year's 预算公开 workbook: 年初预算数 by 项 and the 三公 budgets (for the text), and its 绩效目标表 (for the
 * check). A file with neither budget tables nor 绩效 tables is said so.
 */
export async function budgetFromWorkbook(
  files: PageFiles,
  bytes: ArrayBuffer,
  name: string,
  analysis?: AnalysisView,
  accept = false,
): Promise<{ figures: PriorFigures; snapshot: WorkbookSnapshot }> {
  const snapshot = await files.readWorkbook(bytes, name);
  const recognised = recognizeTables(snapshot).tables;
  const tables = recognised.filter((t) => t.kind.family === "预算");
  if (tables.length === 0 && !checkPerformance(snapshot).projects.some((p) => p.table.form === "目标表")) {
    throw new Error(`“${name}”中没有识别到预算公开表或绩效目标表，无法读取年初预算数。`);
  }
  if (analysis && !accept) refuseMismatch(analysis, identityOf(snapshot, recognised), "budget", name);
  return { figures: budgetItemsFromTables(tables), snapshot };
}
