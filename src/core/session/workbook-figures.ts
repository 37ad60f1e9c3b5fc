import { budgetItemsFromTables, identityOf, priorItemsFromTables, workbookMismatch, WorkbookMismatchError } from "../narrative";
import { priorItemsOf } from "../narrative/template/prior-items";
import { parseTemplate } from "../narrative/template/template";
import { checkPerformance } from "../performance";
import { recognizeTables } from "../recognition/recognize";
import { yearEndRecords, type YearEndRecord } from "../rules/cross-year";
import type { WorkbookSnapshot } from "../snapshot/types";
import type { CheckResult, Figures } from "./check";
import { WorkbookContentError } from "./content-error";
import type { EngineConfig } from "./engine-config";
import { templateOf } from "./narrate";

/** What this workbook keeps of last year's: the figures its text uses, and the 年末 amounts its 年初 are checked against. */
export interface PriorYearKept {
  figures: Figures;
  yearEnds: YearEndRecord[];
}

/**
 * Last year's workbook, recognised by the same engine: every prior-year item this year's text can ask for (found in
 * its template) and this workbook's 上年数 sheet does not give, computed from last year's tables — plain amounts in
 * 万元 — and the 年末 amounts of the carry-over check, both to be stored with this workbook.
 */
export function priorFromWorkbook(lastYear: WorkbookSnapshot, check: CheckResult, config: EngineConfig): PriorYearKept {
  const template = templateOf(check, config);
  const wanted = priorItemsOf(parseTemplate(template)).filter((item) => check.priorInWorkbook[item] === undefined);
  const tables = recognizeTables(lastYear).tables;
  return { figures: priorItemsFromTables(tables, wanted, template), yearEnds: yearEndRecords(tables) };
}

/**
 * This year's 预算公开 workbook: 年初预算数 by 项 and the 三公 budgets, as plain amounts in 万元 to store with the
 * workbook. A workbook with neither budget tables nor a 绩效目标表 is said so (WorkbookContentError).
 */
export function budgetFiguresFromWorkbook(budget: WorkbookSnapshot): Figures {
  const tables = recognizeTables(budget).tables.filter((t) => t.kind.family === "预算");
  if (tables.length === 0 && !checkPerformance(budget).projects.some((p) => p.table.form === "目标表")) {
    throw new WorkbookContentError(`“${budget.name}”中没有识别到预算公开表或绩效目标表，无法读取年初预算数。`);
  }
  return budgetItemsFromTables(tables);
}

/**
 * Last year's or this year's budget workbook opened beside a checked one: another unit's, or another year's than its
 * role asks for (the year before; the same year), is refused with WorkbookMismatchError naming both — the pane uses
 * it only once the accountant confirms.
 */
export function refuseOtherWorkbook(other: WorkbookSnapshot, check: CheckResult, role: "prior" | "budget"): void {
  const why = workbookMismatch({ unit: check.unit, year: check.year }, identityOf(other, recognizeTables(other).tables), role, other.name);
  if (why) throw new WorkbookMismatchError(why);
}
