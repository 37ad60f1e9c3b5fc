import type { AuditReport } from "../../core/audit/report";
import { auditReportWorkbook } from "../xlsx/write/audit-report-workbook";

/**
 * `check --report`: the report as a Word document for a .docx name, else as a workbook. Apart from audit.ts, so that
 * a batch worker (its reports are workbooks) does not load the Word writer; the writer is loaded only for a .docx, so
 * no command waits for it at its start.
 */
export async function reportBytes(file: string, report: AuditReport): Promise<Uint8Array> {
  return /\.docx$/i.test(file) ? (await import("../docx/audit-report-docx")).auditReportDocx(report) : auditReportWorkbook(report);
}
