import { buildAuditReport, printedTime, type AuditReport } from "../core/audit/report";
import { parseReviewBook, reconcileReview, REVIEW_STATE_KEY, serializeReviewBook } from "../core/audit/review";
import { checkWorkbook } from "../core/session";
import packageJson from "../../package.json";
import type { WorkbookHost } from "./host";
import { loadStoredInputs } from "./workbook-state";
import { auditReportWorkbook } from "./xlsx/write/audit-report-workbook";

/** The 审核报告 of a live workbook, ready to hand over: the report, its .xlsx bytes and a file name for them. */
export interface AuditReportFile {
  report: AuditReport;
  bytes: Uint8Array;
  /** “沾益区2023年决算审核报告-20261206-0830.xlsx”: the workbook's name, the report, the time (never the workbook's own name). */
  name: string;
}

/**
 * The ribbon's 审核报告 over any live host (Excel, WPS): the same check as 一键检查 (the settings and last year's 年末
 * stored with the workbook), the accountant's statuses carried over by identity and stored again (as the pane does
 * after a check), then the report with the host's SHA-256 line, written by the CLI's own .xlsx builder. Cells are
 * only read. A workbook with nothing to check gives the check's own sentence instead.
 */
export async function auditReportFile(host: WorkbookHost, now = new Date()): Promise<AuditReportFile | { nothingToCheck: string }> {
  const snapshot = await host.readSnapshot();
  const stored = await loadStoredInputs(host);
  const result = checkWorkbook(snapshot, stored.config, { priorYearEnds: stored.priorYearEnds });
  if (result.nothingToCheck) return { nothingToCheck: result.nothingToCheck.summary };
  const book = parseReviewBook(await host.loadState(REVIEW_STATE_KEY).catch(() => undefined));
  const { review, book: next } = reconcileReview(book, result.findings);
  await host.saveState(REVIEW_STATE_KEY, serializeReviewBook(next));
  const file = snapshot.name || host.label;
  const facts = { unit: result.unit, year: result.year, file, digest: await host.fileDigest(), checkedAt: printedTime(now), version: packageJson.version };
  const report = buildAuditReport({ facts, tables: result.tables, unrecognized: result.unrecognized, checks: result.checks, review });
  return { report, bytes: auditReportWorkbook(report), name: `${file.replace(/\.[^.]+$/, "")}审核报告-${stamp(now)}.xlsx` };
}

/** “20261206-083015”: the report's file name differs from any opened before. */
function stamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}
