import type { Finding } from "../findings/finding";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { TableModel } from "../tables/table-model";
import { checkBudget } from "./checks/budget";
import { checkBudgeted } from "./checks/budgeted";
import { checkCompletion } from "./checks/completion";
import { checkCompletionUnits } from "./checks/completion-unit";
import { checkCrossTargets } from "./checks/cross";
import { checkExecution } from "./checks/execution";
import { checkLevels } from "./checks/levels";
import { checkReportText } from "./checks/self-report";
import { checkSpending } from "./checks/spent";
import { checkTargets } from "./checks/targets";
import { checkTextRates } from "./checks/text-rate";
import { checkTotals, weightConvention } from "./checks/totals";
import { checkValues } from "./checks/values";
import type { PerformanceProject } from "./model";
import { readPerformanceTables } from "./read-tables";
import type { ReportParagraph } from "./self-report/paragraphs";
import { readNarrativeText } from "../paragraphs";

export type { PerformanceProject, PerformanceTable, IndicatorRow, BudgetLine, IndicatorValue, Operator } from "./model";
export { PERFORMANCE_RULES } from "./rules";
export type { PerformanceRule } from "./rules";
export type { ReportParagraph } from "./self-report/paragraphs";

export interface PerformanceOptions {
  /** Σ weights expected of a 目标表 without a 预算执行 weight: 90, 100, or auto (90 when all projects agree). */
  weightConvention?: "auto" | 90 | 100;
  /** Sheets already read as 决算/预算 amount tables, with no 绩效 title: not scanned for indicator tables. */
  skipSheets?: ReadonlySet<string>;
  /** The workbook's recognised 决算/预算 tables: the same money is checked in both. */
  tables?: TableModel[];
  /** Report text as analyzeWorkbook read it (its prose sheets, or CLI --text); otherwise the prose sheets are read here. */
  reportText?: ReportParagraph[];
  /** The budget year's workbook holding the 绩效目标表 of the projects evaluated here (CLI --budget). */
  budgetWorkbook?: WorkbookSnapshot;
}

export interface PerformanceResult {
  tables: { sheet: string; range: string; kind: string; unit: string }[];
  projects: PerformanceProject[];
  findings: Finding[];
}

/** Recognises the 绩效目标表 / 绩效自评表 of a workbook and checks their indicator logic (domain §4). */
export function checkPerformance(snapshot: WorkbookSnapshot, options: PerformanceOptions = {}): PerformanceResult {
  const { tables, projects } = readPerformanceTables(snapshot, options.skipSheets);
  const convention = weightConvention(projects, options.weightConvention ?? "auto");
  const reportText = projects.length > 0 ? (options.reportText ?? readNarrativeText(snapshot)) : [];
  const seen = new Set<string>();
  const findings = [
    ...projects.flatMap((project) => [
      ...checkLevels(project, seen),
      ...checkValues(project),
      ...checkCompletion(project),
      ...checkCompletionUnits(project),
      ...checkTotals(project, convention),
      ...checkBudget(project),
      ...checkExecution(project),
    ]),
    ...checkCrossTargets(projects),
    ...checkTargets(projects, budgetTargets(options.budgetWorkbook)),
    ...checkTextRates(reportText, projects),
    ...checkReportText(reportText, projects),
    ...checkSpending(projects, options.tables ?? []),
    ...checkBudgeted(projects, options.tables ?? []),
  ];
  return {
    tables: tables.map(({ sheet, range, kind, unit }) => ({ sheet, range, kind, unit })),
    projects,
    findings,
  };
}

function budgetTargets(budget: WorkbookSnapshot | undefined) {
  return budget ? { file: budget.name, projects: readPerformanceTables(budget).projects } : undefined;
}
