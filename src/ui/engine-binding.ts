import { analyzeWorkbook } from "../core/analysis";
import { analysisOptionsFor, withRoundingMode } from "./settings/analysis-settings";
import { builtInTemplate, detectYear, generateNarrative, priorItemsFromTables, readPriorYearSheet } from "../core/narrative";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import { dominantFamily } from "../core/tables/family";
import { recognizeTables } from "../core/recognition/recognize";
import type { AnalysisView, NarrativeRequest, NarrativeView, PaneEngine, PriorFigures, PriorWorkbook } from "./engine";
import type { PaneSettings } from "./settings/pane-settings";

/** Reads .xlsx bytes into a snapshot; the page provides it, loaded on first use (src/hosts/xlsx/on-demand.ts). */
export type WorkbookReader = (data: ArrayBuffer, name: string) => Promise<WorkbookSnapshot>;

/**
 * The pane's engine bound to src/core (the composition root shared by taskpane.tsx and app.tsx). File reading
 * comes from the page, so the .xlsx reader stays out of the pane's first download.
 */
export function createEngine(readWorkbook: WorkbookReader): PaneEngine {
  return {
    analyze,
    narrate,
    priorFromWorkbook: (bytes, name, analysis, request) => priorFromWorkbook(readWorkbook, bytes, name, analysis, request),
  };
}

/** Tables, rules, 绩效, the claims of an existing 情况说明 sheet, and last year's 年末 when given (all in analyzeWorkbook). */
function analyze(snapshot: WorkbookSnapshot, settings: PaneSettings, priorYear?: WorkbookSnapshot): AnalysisView {
  const result = analyzeWorkbook(snapshot, { ...analysisOptionsFor(settings), priorYear });
  return {
    ...result,
    findings: result.findings.map((f) => withRoundingMode(f, settings)),
    year: detectYear(snapshot),
    priorInWorkbook: readPriorYearSheet(snapshot)?.items ?? {},
  };
}

/** Missing labels of the form 上年X name the prior-year item X. */
const PRIOR_LABEL = /^上年(.+)$/;

function narrate(analysis: AnalysisView, request: NarrativeRequest): NarrativeView {
  const prior = { ...analysis.priorInWorkbook, ...withoutBlanks(request.prior) };
  const result = generateNarrative(analysis.models, { family: dominantFamily(analysis.models), prior, template: request.template, year: analysis.year });
  const missingPrior = result.missing.flatMap((label) => PRIOR_LABEL.exec(label)?.[1] ?? []);
  return { sections: result.sections.map(({ id, title, text }) => ({ id, title, text })), missingPrior };
}

function withoutBlanks(prior: PriorFigures): PriorFigures {
  return Object.fromEntries(Object.entries(prior).filter(([, v]) => v.trim() !== ""));
}

/**
 * Last year's workbook, recognised by the same engine; every prior-year item this year's text asks for is
 * computed from its tables, so the figures can be stored with this workbook as plain amounts. The workbook itself
 * is handed back for the next check (this year's 年初结转和结余 against its 年末).
 */
async function priorFromWorkbook(
  readWorkbook: WorkbookReader,
  bytes: ArrayBuffer,
  name: string,
  analysis: AnalysisView,
  request: NarrativeRequest,
): Promise<PriorWorkbook> {
  const snapshot = await readWorkbook(bytes, name);
  const lastYear = recognizeTables(snapshot).tables;
  const wanted = narrate(analysis, { prior: {}, template: request.template }).missingPrior;
  const figures = priorItemsFromTables(lastYear, wanted, request.template ?? builtInTemplate(dominantFamily(analysis.models)));
  return { figures, snapshot };
}
