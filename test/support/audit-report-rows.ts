import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/types";
import type { Finding } from "../../src/core/findings/finding";
import { readWorkbook } from "../../src/hosts/xlsx/read-workbook";

/** A sheet's cells as text, row by row ("" for an empty cell). */
export function sheetTexts(sheet: SheetSnapshot): string[][] {
  return sheet.cells.map((row) => (row ?? []).map((c) => (c?.value === null || c?.value === undefined ? "" : String(c.value))));
}

/** What a test reads back from a 审核报告 workbook: its summary rows, check rows and finding rows (headers left out). */
export interface ReportRows {
  summary: string[][];
  checks: string[][];
  problems: string[][];
}

export async function reportRows(bytes: Uint8Array): Promise<ReportRows> {
  const report: WorkbookSnapshot = await readWorkbook(bytes, "审核报告.xlsx");
  const [summary, checks, problems] = ["审核结论", "核对项", "问题"].map((name) => sheetTexts(report.sheets.find((s) => s.name === name)!));
  return { summary, checks: checks.slice(2), problems: problems.slice(2) };
}

/** The counts the report must show for these findings: 强制 and 提示 rows of 问题, and the verdict's head. */
export function expectedCounts(findings: readonly Finding[]): { errors: number; prompts: number; head: string } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, prompts: findings.length - errors, head: `强制性错误 ${errors} 项，提示 ${findings.length - errors} 项` };
}
