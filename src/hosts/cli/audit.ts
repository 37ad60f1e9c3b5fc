import type { CheckResult } from "../../core/session";
import { parseReviewBook, reconcileReview, REVIEW_STATE_KEY, type Review } from "../../core/audit/review";
import { buildAuditReport, printedTime, type AuditReport } from "../../core/audit/report";
import { FILE_DIGEST_LABEL } from "../../core/audit/digest";
import { readStoredState } from "../xlsx/stored-state";
import { PackageParts } from "../xlsx/write/package-parts";
import packageJson from "../../../package.json";

/**
 * The review as stored with the workbook (by Excel, WPS or the page's marked copy), and the 审核报告 of this check
 * (`check --report`, and one per workbook with the batch's --report-dir).
 */
export function auditOf(bytes: Uint8Array, file: { name: string; sha256: string }, result: CheckResult): { review: Review; report: AuditReport } {
  const { review } = reconcileReview(parseReviewBook(storedReview(bytes)), result.findings);
  const facts = {
    unit: result.unit,
    year: result.year,
    file: file.name,
    digest: { label: FILE_DIGEST_LABEL, value: file.sha256 },
    checkedAt: printedTime(new Date()),
    version: packageJson.version,
  };
  return { review, report: buildAuditReport({ facts, tables: result.tables, unrecognized: result.unrecognized, checks: result.checks, review }) };
}

function storedReview(bytes: Uint8Array): string | undefined {
  try {
    return readStoredState(PackageParts.fromZip(bytes), REVIEW_STATE_KEY);
  } catch {
    return undefined;
  }
}
