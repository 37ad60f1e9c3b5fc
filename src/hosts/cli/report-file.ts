import type { AuditReport } from "../../core/audit/report";
import { auditReportWorkbook } from "../xlsx/write/audit-report-workbook";
import { auditReportDocx } from "../docx/audit-report-docx";

/**
 * `check --report`: the report as a Word document for a .docx name, else as a workbook. Apart from audit.ts, so that
 * a batch worker (its reports are workbooks) does not load the Word writer.
 */
export async function reportBytes(file: string, report: AuditReport): Promise<Uint8Array> {
  return /\.docx$/i.test(file) ? auditReportDocx(report) : auditReportWorkbook(report);
}
