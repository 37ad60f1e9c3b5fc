import { analyzeWorkbook, type AnalysisResult } from "../analysis";
import { readPriorYearSheet, unitName } from "../narrative";
import type { NarrativeParagraph } from "../paragraphs";
import type { YearEndRecord } from "../rules/cross-year";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { EngineConfig } from "./engine-config";
import { nothingToCheck, type NothingToCheck } from "./nothing-to-check";

/** Figures by name, amounts in 万元 as text (typed, stored with the workbook, or read from another workbook). */
export type Figures = Record<string, string>;

/** What a check reads besides the workbook itself. */
export interface CheckInputs {
  /**
   * 情况说明 from a file (CLI --text): plain text, or the paragraphs of a .docx; otherwise the text is read from the
   * workbook's prose sheets.
   */
  narrativeText?: string | readonly NarrativeParagraph[];
  /** Last year's workbook: this year's 年初结转和结余 is checked against its 年末. */
  priorYear?: WorkbookSnapshot;
  /** Without last year's workbook: its 年末 amounts as kept with this workbook (priorFromWorkbook), checked the same way. */
  priorYearEnds?: readonly YearEndRecord[];
  /** This year's 预算公开 workbook: its 绩效目标表 against this workbook's 自评表. */
  budget?: WorkbookSnapshot;
}

export interface CheckResult extends AnalysisResult {
  /** Set when nothing could be checked: never a silent pass. */
  nothingToCheck?: NothingToCheck;
  /** Prior-year figures found in the workbook itself (a sheet named 上年数). */
  priorInWorkbook: Figures;
  /** Lines of that sheet that could not be read, in Chinese. */
  priorSheetProblems: string[];
  /** The unit's name (“曲靖市沾益区医疗保障局”), written instead of 本部门. */
  unit?: string;
}

/**
 * The check every entry point runs: tables, rules (the accountant's own too), 绩效 with the chosen weight
 * convention, the 情况说明, last year's 年末 and the 绩效目标表 when given; 严格 尾差 mode lists rounding tails
 * as errors; the nothing-to-check verdict when there was nothing to check.
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, config: EngineConfig, inputs: CheckInputs = {}): CheckResult {
  const result = analyzeWorkbook(snapshot, {
    extraRules: config.customRules.trim() || undefined,
    weightConvention: config.weightTotal,
    narrativeText: inputs.narrativeText,
    priorYear: inputs.priorYear,
    priorYearEnds: inputs.priorYearEnds,
    budgetWorkbook: inputs.budget,
    rounding: config.rounding,
  });
  const priorSheet = readPriorYearSheet(snapshot);
  return {
    ...result,
    nothingToCheck: nothingToCheck(snapshot, result),
    priorInWorkbook: priorSheet?.items ?? {},
    priorSheetProblems: priorSheet?.problems ?? [],
    unit: unitName(snapshot, result.models),
  };
}
