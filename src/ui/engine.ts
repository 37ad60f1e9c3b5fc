import type { WorkbookSnapshot } from "../core/snapshot/types";
import type { AuditReport } from "../core/audit/report";
import type { Review } from "../core/audit/review";
import type { FileDigest } from "../core/audit/digest";
import type { CheckInputs, CheckResult, EngineConfig, Figures, NarrateInputs, Narrative, TextRun, YearEndRecord } from "../core/session";

/**
 * What the pane needs from the engine: the core use case (src/core/session) behind promises, with the files the page
 * reads. The entry points (taskpane.tsx, app.tsx, the WPS pane) bind it through ./engine-binding; components receive
 * it as a prop, which keeps them testable with literal data.
 */
export type { EngineConfig, NarrativeGap, NarrativeSection, TextRun } from "../core/session";

/** A checked workbook as the pane shows it: tables, findings, the nothing-to-check verdict, 绩效 projects … */
export type AnalysisView = CheckResult;

/** The 情况说明 as written: title, chapters (lines of text and typed gaps), the gaps once per field, the form's fields. */
export type NarrativeView = Narrative;

/** Figures by name, amounts in 万元 as typed or read from another workbook. */
export type PriorFigures = Figures;

/** A chapter as written out (Word, clipboard): title and text, the typed words in place of their gaps. */
export interface WrittenSection {
  id: string;
  title: string;
  text: string;
  /** The same text as runs; a run with a `gap` is a gap still open (highlighted in Word). */
  lines: TextRun[][];
}

/**
 * Workbooks the accountant opened beside this one (in 说明), held for this session: last year's (its 年末 against
 * this year's 年初结转和结余) and this year's 预算公开 workbook (its 绩效目标表 against the 自评表).
 */
export type OtherWorkbooks = Pick<CheckInputs, "priorYear" | "budget">;

/** What a check reads besides the workbook: the workbooks opened in 说明, last year's 年末 amounts kept with the workbook. */
export type CheckOthers = Pick<CheckInputs, "priorYear" | "budget" | "priorYearEnds">;

/**
 * Last year's workbook as the pane read it: the figures this year's text uses and the 年末 amounts of the carry-over
 * check (both kept with the workbook), and the workbook itself for the checks of this session.
 */
export interface PriorWorkbook {
  figures: PriorFigures;
  yearEnds: YearEndRecord[];
  snapshot: WorkbookSnapshot;
}

export interface PaneEngine {
  /** `others`: the workbooks opened beside this one in 说明 (last year's, this year's 预算公开), last year's 年末 amounts. */
  analyze(snapshot: WorkbookSnapshot, config: EngineConfig, others?: CheckOthers): Promise<AnalysisView>;
  narrate(analysis: AnalysisView, config: EngineConfig, inputs: NarrateInputs): Promise<NarrativeView>;
  /**
   * Reads last year's workbook file (.xlsx bytes): the prior-year figures this year's text uses, and the workbook.
   * Another unit or a year other than the one before is refused (an error named WorkbookMismatchError, its message
   * naming both) unless `accept`: the accountant confirmed it.
   */
  priorFromWorkbook(bytes: ArrayBuffer, name: string, analysis: AnalysisView, config: EngineConfig, accept?: boolean): Promise<PriorWorkbook>;
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
  wordDocument(title: string, sections: readonly WrittenSection[]): Promise<Uint8Array>;
  /** The 审核报告 of a check with the accountant's statuses, as .xlsx or .docx bytes. */
  auditReport(analysis: AnalysisView, review: Review, file: { name: string; digest: FileDigest }, format: "xlsx" | "docx"): Promise<Uint8Array>;
}

/** What the page that hosts the pane provides the engine, each loaded on first use (src/hosts/page-files.ts). */
export interface PageFiles {
  /** Reads .xlsx bytes into a snapshot. */
  readWorkbook(data: ArrayBuffer, name: string): Promise<WorkbookSnapshot>;
  /** Writes the 情况说明 as .docx bytes. */
  writeDocx(doc: { title: string; sections: readonly Pick<WrittenSection, "title" | "lines">[] }): Promise<Uint8Array>;
  /** Writes the 审核报告 as .xlsx or .docx bytes. */
  writeAuditReport(report: AuditReport, format: "xlsx" | "docx"): Promise<Uint8Array>;
}
