import type { Finding } from "../../core/findings/finding";
import { checkWorkbook, type CheckResult, type EngineConfig } from "../../core/session";
import { summarizeUnit, type UnitSummary } from "../../core/batch/unit-summary";
import { readWorkbook, WorkbookReadError } from "../xlsx/read-workbook";

/** What became of one workbook: checked (with its summary row and findings), or why it could not be. */
export type BatchOutcome =
  | {
      name: string;
      sha256: string;
      status: "checked";
      summary: UnitSummary;
      findings: Finding[];
      /** The marked copy written for it (CLI --out-dir). */
      marked?: string;
      /** The file name of its 审核报告 (CLI --report-dir). */
      report?: string;
    }
  | { name: string; sha256: string; status: "unreadable" | "nothing"; reason: string };

/** A batch outcome with the analysis behind it (kept in the worker: the reports are written from it, never sent). */
export interface BatchAnalysis {
  outcome: BatchOutcome;
  /** The check's result, for a checked workbook. */
  result?: CheckResult;
}

/**
 * Checks one workbook of a batch exactly as a single check does (the session's checkWorkbook, the same
 * nothing-to-check verdict). A file that cannot be read or holds nothing to check is an outcome with its Chinese
 * reason, never an exception that stops the batch. Runs wherever the batch's workers run (node worker threads, the
 * page's Web Worker).
 */
export async function checkBatchFile(name: string, sha256: string, bytes: Uint8Array, config: EngineConfig): Promise<BatchOutcome> {
  return (await analyseBatchFile(name, sha256, bytes, config)).outcome;
}

/** checkBatchFile, with the check's result of a checked workbook. */
export async function analyseBatchFile(name: string, sha256: string, bytes: Uint8Array, config: EngineConfig): Promise<BatchAnalysis> {
  try {
    const snapshot = await readWorkbook(bytes, name.split("/").pop() ?? name);
    const result = checkWorkbook(snapshot, config);
    if (result.nothingToCheck) return { outcome: { name, sha256, status: "nothing", reason: result.nothingToCheck.summary } };
    return { outcome: { name, sha256, status: "checked", summary: summarizeUnit(result, result.unit), findings: result.findings }, result };
  } catch (err) {
    if (err instanceof WorkbookReadError) return { outcome: { name, sha256, status: "unreadable", reason: err.message } };
    throw err;
  }
}
