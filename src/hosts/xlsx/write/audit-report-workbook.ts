import type { AuditReport } from "../../../core/audit/report";
import { reportTables } from "../../../core/audit/report-tables";
import { writeNewWorkbook } from "./new-workbook";

/**
 * The 审核报告 as a workbook: 审核结论 (facts, verdict, counts per table, tables read and not), 核对项 (one row per
 * check, with an autofilter so a finance bureau can filter by table, 类别, 性质 or 结果) and 问题 (every finding
 * with its fix sentence and status). A4 landscape, fitted to the page width.
 */
export function auditReportWorkbook(report: AuditReport): Uint8Array {
  return writeNewWorkbook({
    sheets: reportTables(report).map((t) => ({ name: t.name, title: t.title, columns: t.columns, rows: t.rows, rowStyles: t.tones })),
  });
}
