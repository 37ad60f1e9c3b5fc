import { basename, join } from "path";
import { analyzeWorkbook } from "../../../core/analysis";
import type { Finding } from "../../../core/findings/finding";
import { unitName } from "../../../core/narrative";
import { summarizeUnit, type UnitSummary } from "../../../core/batch/unit-summary";
import { readWorkbook, WorkbookReadError } from "../../xlsx/read-workbook";
import { writeMarkedCopy, MarkedCopyError } from "../../xlsx/marked-copy";
import { nothingToCheck } from "../../nothing-to-check";
import { CliError } from "../cli-error";
import { writeOutput } from "../output-file";

/** How every workbook of a batch is checked: the same options for all. */
export interface BatchOptions {
  /** Extra rules in the catalogue notation (--rules), already known to parse. */
  extraRules?: string;
  weightConvention: "auto" | 90 | 100;
  /** Folder for the marked copies (--out-dir); none when not given. */
  outDir?: string;
  force: boolean;
}

/** What became of one workbook: checked (with its summary row and findings), or why it could not be. */
export type BatchOutcome =
  | { name: string; sha256: string; status: "checked"; summary: UnitSummary; findings: Finding[]; marked?: string }
  | { name: string; sha256: string; status: "unreadable" | "nothing"; reason: string };

/**
 * Checks one workbook of a batch exactly as `npm run check` checks a single file: read, analyse, the same
 * nothing-to-check verdict, and a marked copy in --out-dir when asked. A file that cannot be read or holds
 * nothing to check is an outcome with its Chinese reason, never an exception that stops the batch.
 */
export async function checkOne(name: string, sha256: string, bytes: Uint8Array, options: BatchOptions): Promise<BatchOutcome> {
  try {
    const snapshot = await readWorkbook(bytes, basename(name));
    const result = analyzeWorkbook(snapshot, { extraRules: options.extraRules, weightConvention: options.weightConvention });
    const nothing = nothingToCheck(snapshot, result);
    if (nothing) return { name, sha256, status: "nothing", reason: nothing };
    const summary = summarizeUnit(result, unitName(snapshot, result.models));
    const marked = options.outDir ? await writeMarked(bytes, result.findings, join(options.outDir, markedName(name)), options.force) : undefined;
    return { name, sha256, status: "checked", summary, findings: result.findings, marked };
  } catch (err) {
    if (err instanceof WorkbookReadError || err instanceof CliError) return { name, sha256, status: "unreadable", reason: err.message };
    if (err instanceof MarkedCopyError) return { name, sha256, status: "unreadable", reason: `已检查，但${err.message}` };
    throw err;
  }
}

/** “各单位/财政局.xlsx” → OUT/各单位_财政局（已标记）.xlsx: one flat folder, names that cannot collide. */
export function markedName(name: string): string {
  const flat = name.replace(/[\\/]+/g, "_").replace(/\.(xlsx|xlsm)$/i, "");
  const ending = /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx";
  return `${flat}（已标记）${ending}`;
}

async function writeMarked(bytes: Uint8Array, findings: Finding[], out: string, force: boolean): Promise<string> {
  writeOutput(out, await writeMarkedCopy(bytes, findings), [], force, "--out-dir");
  return out;
}
