import type { Finding } from "../core/findings/finding";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import type { TableModel } from "../core/tables/table-model";
import type { PaneSettings } from "./settings/pane-settings";

/**
 * What the pane needs from the engine. The entry points (taskpane.tsx, app.tsx) bind it to src/core through
 * ./engine-binding; components receive it as a prop, which keeps them testable with literal data.
 */
export interface AnalysisView {
  file: string;
  tables: { sheet: string; range: string; kind: string; unit: string }[];
  /** Table-like areas not read, with the reason in Chinese. */
  unrecognized: { sheet: string; range: string; title: string; reason: string }[];
  findings: Finding[];
  models: TableModel[];
  /** Paragraphs of 情况说明 text read and checked (0: none); with no table either, nothing was checkable. */
  textParagraphs: number;
  /** Year the workbook is about (from titles), for the text. */
  year?: number;
  /** Prior-year figures found in the workbook itself (a sheet named 上年数). */
  priorInWorkbook: PriorFigures;
}

export interface NarrativeSection {
  id: string;
  title: string;
  text: string;
}

export interface NarrativeView {
  sections: NarrativeSection[];
  /** Prior-year figures (by item name, e.g. 收支总计) the text needed and did not have; each shows as 【缺：上年…】. */
  missingPrior: string[];
}

/** Prior-year figures by name, amounts in 万元 as typed or read from last year's workbook. */
export type PriorFigures = Record<string, string>;

export interface NarrativeRequest {
  prior: PriorFigures;
  /** Custom template text from the settings tab, when the accountant wrote one. */
  template?: string;
}

/** Last year's workbook as the pane read it: the figures this year's text uses, and the workbook for the cross-year check. */
export interface PriorWorkbook {
  figures: PriorFigures;
  snapshot: WorkbookSnapshot;
}

export interface PaneEngine {
  /** `priorYear`: last year's workbook, when one was opened (年初结转和结余 = 上年年末, a cross-year warning). */
  analyze(snapshot: WorkbookSnapshot, settings: PaneSettings, priorYear?: WorkbookSnapshot): AnalysisView;
  narrate(analysis: AnalysisView, request: NarrativeRequest): NarrativeView;
  /** Reads last year's workbook file (.xlsx bytes): the prior-year figures this year's text uses, and the workbook. */
  priorFromWorkbook(bytes: ArrayBuffer, name: string, analysis: AnalysisView, request: NarrativeRequest): Promise<PriorWorkbook>;
}

/** A visible placeholder in generated text: 【缺：上年收支总计】, 【待填写：主要变动原因】. */
export const PLACEHOLDER_PATTERN = /【[^【】]+】/g;
