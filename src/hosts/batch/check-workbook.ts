import { analyzeWorkbook } from "../../core/analysis";
import type { Finding } from "../../core/findings/finding";
import { unitName } from "../../core/narrative";
import { summarizeUnit, type UnitSummary } from "../../core/batch/unit-summary";
import { readWorkbook, WorkbookReadError } from "../xlsx/read-workbook";
import { nothingToCheck } from "../nothing-to-check";

/** How every workbook of a batch is checked: the same options for all. */
export interface BatchCheckOptions {
  /** Extra rules in the catalogue notation (--rules, 设置), already known to parse. */
  extraRules?: string;
  weightConvention: "auto" | 90 | 100;
}

/** What became of one workbook: checked (with its summary row and findings), or why it could not be. */
export type BatchOutcome =
  | { name: string; sha256: string; status: "checked"; summary: UnitSummary; findings: Finding[]; marked?: string }
  | { name: string; sha256: string; status: "unreadable" | "nothing"; reason: string };

/**
 * Checks one workbook of a batch exactly as a single check does: read, analyse, the same nothing-to-check verdict.
 * A file that cannot be read or holds nothing to check is an outcome with its Chinese reason, never an exception
 * that stops the batch. Runs wherever the batch's workers run (node worker threads, the page's Web Worker).
 */
export async function checkWorkbook(name: string, sha256: string, bytes: Uint8Array, options: BatchCheckOptions): Promise<BatchOutcome> {
  try {
    const snapshot = await readWorkbook(bytes, name.split("/").pop() ?? name);
    const result = analyzeWorkbook(snapshot, { extraRules: options.extraRules, weightConvention: options.weightConvention });
    const nothing = nothingToCheck(snapshot, result);
    if (nothing) return { name, sha256, status: "nothing", reason: nothing };
    return { name, sha256, status: "checked", summary: summarizeUnit(result, unitName(snapshot, result.models)), findings: result.findings };
  } catch (err) {
    if (err instanceof WorkbookReadError) return { name, sha256, status: "unreadable", reason: err.message };
    throw err;
  }
}
