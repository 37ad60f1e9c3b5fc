import { analyzeWorkbook, type AnalysisOptions } from "../core/analysis";
import type { Finding } from "../core/findings/finding";
import { builtInTemplate, checkNarrative, detectYear, generateNarrative, readNarrativeText, readPriorYearSheet } from "../core/narrative";
import { TableValueSource } from "../core/narrative/table-source";
import { evaluateDefinition } from "../core/narrative/template/run";
import { parseTemplate } from "../core/narrative/template/template";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import type { TableModel } from "../core/tables/table-model";
import { readWorkbook } from "../hosts/xlsx/read-workbook";
import type { AnalysisView, NarrativeRequest, NarrativeView, PaneEngine, PriorFigures } from "./engine";
import type { PaneSettings } from "./settings/pane-settings";

/** The pane's engine bound to src/core (the composition root shared by taskpane.tsx and app.tsx). */
export function createEngine(): PaneEngine {
  return { analyze, narrate, priorFromWorkbook };
}

/** Tables and rules, plus the claims of an existing 情况说明 sheet checked against the tables. */
function analyze(snapshot: WorkbookSnapshot, settings: PaneSettings): AnalysisView {
  const result = analyzeWorkbook(snapshot, analysisOptions(settings));
  const claims = checkNarrative(readNarrativeText(snapshot), result.models);
  return {
    ...result,
    findings: [...result.findings, ...claims].map((f) => withRoundingMode(f, settings)),
    year: detectYear(snapshot),
    priorInWorkbook: readPriorYearSheet(snapshot)?.items ?? {},
  };
}

function analysisOptions(settings: PaneSettings): AnalysisOptions {
  return { extraRules: settings.customRules.trim() || undefined, weightConvention: settings.weightTotal };
}

/** 严格 mode: a rounding tail is listed as an error instead of a warning. */
function withRoundingMode(finding: Finding, settings: PaneSettings): Finding {
  return settings.rounding === "strict" && finding.kind === "rounding" ? { ...finding, severity: "error" } : finding;
}

/** 决算 unless most recognised tables are 预算 tables. */
function familyOf(models: readonly TableModel[]): "决算" | "预算" {
  const budget = models.filter((m) => m.kind.family === "预算").length;
  return budget > models.filter((m) => m.kind.family === "决算").length ? "预算" : "决算";
}

/** Missing labels of the form 上年X name the prior-year item X. */
const PRIOR_LABEL = /^上年(.+)$/;

function narrate(analysis: AnalysisView, request: NarrativeRequest): NarrativeView {
  const prior = { ...analysis.priorInWorkbook, ...withoutBlanks(request.prior) };
  const result = generateNarrative(analysis.models, { family: familyOf(analysis.models), prior, template: request.template, year: analysis.year });
  const missingPrior = result.missing.flatMap((label) => PRIOR_LABEL.exec(label)?.[1] ?? []);
  return { sections: result.sections.map(({ id, title, text }) => ({ id, title, text })), missingPrior };
}

function withoutBlanks(prior: PriorFigures): PriorFigures {
  return Object.fromEntries(Object.entries(prior).filter(([, v]) => v.trim() !== ""));
}

/**
 * Last year's workbook, recognised by the same engine; every prior-year item this year's text asks for is
 * computed from its tables, so the figures can be stored with this workbook as plain amounts.
 */
async function priorFromWorkbook(bytes: ArrayBuffer, name: string, analysis: AnalysisView, request: NarrativeRequest): Promise<PriorFigures> {
  const snapshot = await readWorkbook(bytes, name);
  const lastYear = analyzeWorkbook(snapshot);
  const wanted = narrate(analysis, { prior: {}, template: request.template }).missingPrior;
  const template = parseTemplate(request.template ?? builtInTemplate(familyOf(analysis.models)));
  const source = new TableValueSource(lastYear.models);
  const figures: PriorFigures = {};
  for (const item of wanted) {
    const value = evaluateDefinition(template, item, source);
    if (value?.t === "num") figures[item] = value.v.toFixed(2);
  }
  return figures;
}
