import type { Finding } from "../core/findings/finding";
import type { WorkbookSnapshot } from "../core/snapshot/types";
import type { TableModel } from "../core/tables/table-model";
import type { PerformanceProject } from "../core/performance";
import type { PaneSettings } from "../hosts/settings/pane-settings";

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
  /** The unit's name (“曲靖市沾益区医疗保障局”), written instead of 本部门. */
  unit?: string;
  /** 绩效 projects read, for the 预算绩效管理 paragraph. */
  projects: readonly PerformanceProject[];
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
  /** Figures the text asks the accountant for (政府采购支出总额 …), given or not: the form's fields. */
  inputs: string[];
  /** Title of the text and of its Word file (“曲靖市沾益区医疗保障局2023年度部门决算情况说明”). */
  title: string;
}

/** Prior-year figures by name, amounts in 万元 as typed or read from last year's workbook. */
export type PriorFigures = Record<string, string>;

export interface NarrativeRequest {
  prior: PriorFigures;
  /** 年初预算数 by 项 and 三公 budgets, read from this year's 预算公开 workbook (budgetFromWorkbook). */
  budget?: PriorFigures;
  /** Figures typed in the form (政府采购支出总额 …), in 万元. */
  inputs?: PriorFigures;
  /** Custom template text from the settings tab, when the accountant wrote one. */
  template?: string;
  /** Amounts as the region prints them (设置): "fixed" 0.00万元/100.00% (the default), "plain" 0万元/100%. */
  style?: "fixed" | "plain";
  /** 部门概况 first and 名词解释 last (设置). */
  framing?: boolean;
}

/**
 * Workbooks the accountant opened beside this one (in 说明), held for this session: last year's (its 年末 against
 * this year's 年初结转和结余) and this year's 预算公开 workbook (its 绩效目标表 against the 自评表).
 */
export interface OtherWorkbooks {
  priorYear?: WorkbookSnapshot;
  budget?: WorkbookSnapshot;
}

/** Last year's workbook as the pane read it: the figures this year's text uses, and the workbook for the cross-year check. */
export interface PriorWorkbook {
  figures: PriorFigures;
  snapshot: WorkbookSnapshot;
}

export interface PaneEngine {
  /** `others`: the workbooks opened beside this one in 说明 (last year's, this year's 预算公开). */
  analyze(snapshot: WorkbookSnapshot, settings: PaneSettings, others?: OtherWorkbooks): Promise<AnalysisView>;
  narrate(analysis: AnalysisView, request: NarrativeRequest): Promise<NarrativeView>;
  /**
   * Reads last year's workbook file (.xlsx bytes): the prior-year figures this year's text uses, and the workbook.
   * Another unit or a year other than the one before is refused (an error named WorkbookMismatchError, its message
   * naming both) unless `accept`: the accountant confirmed it.
   */
  priorFromWorkbook(bytes: ArrayBuffer, name: string, analysis: AnalysisView, request: NarrativeRequest, accept?: boolean): Promise<PriorWorkbook>;
  /**
   * Reads this year's 预算公开 workbook: 年初预算数 by 项 and 三公 budgets, as plain amounts to keep with the
   * workbook, and the workbook (its 绩效目标表 for the next check). Another unit or year is refused as above.
   */
  budgetFromWorkbook(
    bytes: ArrayBuffer,
    name: string,
    analysis?: AnalysisView,
    accept?: boolean,
  ): Promise<{ figures: PriorFigures; snapshot: WorkbookSnapshot }>;
  /** The text as a Word document (.docx bytes; gaps highlighted). */
  wordDocument(title: string, sections: readonly NarrativeSection[]): Promise<Uint8Array>;
}

/** What the page that hosts the pane provides the engine, each loaded on first use (src/hosts/page-files.ts). */
export interface PageFiles {
  /** Reads .xlsx bytes into a snapshot. */
  readWorkbook(data: ArrayBuffer, name: string): Promise<WorkbookSnapshot>;
  /** Writes the 情况说明 as .docx bytes. */
  writeDocx(doc: { title: string; sections: readonly { title: string; text: string }[] }): Promise<Uint8Array>;
}

/** A visible placeholder in generated text: 【缺：上年收支总计】, 【待填写：主要变动原因】. */
export const PLACEHOLDER_PATTERN = /【[^【】]+】/g;
