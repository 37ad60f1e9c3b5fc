import type { AuditReport } from "../core/audit/report";
import { narrativeDocxLazy } from "./docx";

/** The writers every page gives the pane's engine (src/ui/engine-binding.ts), each loaded on first use. */
export const pageFiles = { writeDocx: narrativeDocxLazy, writeAuditReport };

/** The 审核报告 as .xlsx (one row per check) or .docx bytes; each writer loaded on first use. */
async function writeAuditReport(report: AuditReport, format: "xlsx" | "docx"): Promise<Uint8Array> {
  if (format === "docx") return (await import("./docx/audit-report-docx")).auditReportDocx(report);
  return (await import("./xlsx/write/audit-report-workbook")).auditReportWorkbook(report);
}
