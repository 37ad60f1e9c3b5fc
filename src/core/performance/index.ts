import type { Finding } from "../findings/finding";
import type { WorkbookSnapshot } from "../snapshot/types";
import { checkBudget } from "./checks/budget";
import { checkCompletion } from "./checks/completion";
import { checkCrossTargets } from "./checks/cross";
import { checkLevels } from "./checks/levels";
import { checkTextRates } from "./checks/text-rate";
import { checkTotals, weightConvention } from "./checks/totals";
import { checkValues } from "./checks/values";
import type { PerformanceProject } from "./model";
import { readPerformanceTables } from "./read-tables";

export type { PerformanceProject, PerformanceTable, IndicatorRow, BudgetLine, IndicatorValue, Operator } from "./model";
export { PERFORMANCE_RULES } from "./rules";
export type { PerformanceRule } from "./rules";

export interface PerformanceOptions {
  /** Σ weights expected of a 目标表 without a 预算执行 weight: 90, 100, or auto (90 when all projects agree). */
  weightConvention?: "auto" | 90 | 100;
  /** Sheets already read as 决算/预算 amount tables, with no 绩效 title: not scanned for indicator tables. */
  skipSheets?: ReadonlySet<string>;
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
  const seen = new Set<string>();
  const findings = [
    ...projects.flatMap((project) => [
      ...checkLevels(project, seen),
      ...checkValues(project),
      ...checkCompletion(project),
      ...checkTotals(project, convention),
      ...checkBudget(project),
    ]),
    ...checkCrossTargets(projects),
    ...checkTextRates(snapshot, projects),
  ];
  return {
    tables: tables.map(({ sheet, range, kind, unit }) => ({ sheet, range, kind, unit })),
    projects,
    findings,
  };
}
