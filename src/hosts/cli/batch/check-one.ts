import { join } from "path";
import { analyseBatchFile, type BatchOutcome } from "../../batch/check-workbook";
import type { CheckResult, EngineConfig } from "../../../core/session";
import { writeMarkedCopy, MarkedCopyError } from "../../xlsx/marked-copy";
import { CliError } from "../cli-error";
import { writeOutput } from "../output-file";
import { auditOf } from "../audit";
import { auditReportWorkbook } from "../../xlsx/write/audit-report-workbook";

export type { BatchOutcome };

/** The CLI batch's options: the check's, and where the marked copies and the 审核报告 go. */
export interface BatchOptions extends EngineConfig {
  /** Folder for the marked copies (--out-dir); none when not given. */
  outDir?: string;
  /** Folder for one 审核报告 per workbook (--report-dir); none when not given. */
  reportDir?: string;
  force: boolean;
}

type Checked = Extract<BatchOutcome, { status: "checked" }>;

/**
 * Checks one workbook of the CLI's batch (checkBatchFile) and writes its marked copy (--out-dir) and its 审核报告
 * (--report-dir), each whole or not at all. An output that cannot be made is said on the file's row; the check
 * itself still counts.
 */
export async function checkOne(name: string, sha256: string, bytes: Uint8Array, options: BatchOptions): Promise<BatchOutcome> {
  const { outcome, result } = await analyseBatchFile(name, sha256, bytes, options);
  if (outcome.status !== "checked" || !result) return outcome;
  try {
    const marked = options.outDir && (await writeMarked(outcome, bytes, options.outDir, options.force));
    const report = options.reportDir && (await writeReport(outcome, bytes, result, options.reportDir, options.force));
    return { ...outcome, ...(marked && { marked }), ...(report && { report }) };
  } catch (err) {
    if (!(err instanceof OutputFailure)) throw err;
    return { name, sha256, status: "unreadable", reason: `已检查，但${err.message}` };
  }
}

async function writeMarked(outcome: Checked, bytes: Uint8Array, folder: string, force: boolean): Promise<string> {
  const out = join(folder, markedName(outcome.name));
  await attempt("标记副本", async () => writeOutput(out, await writeMarkedCopy(bytes, outcome.findings), [], force, "--out-dir"));
  return out;
}

/** The 审核报告 workbook as the single check's --report writes it (the statuses stored with the workbook included); its name. */
async function writeReport(outcome: Checked, bytes: Uint8Array, result: CheckResult, folder: string, force: boolean): Promise<string> {
  const name = reportName(outcome.name);
  const { report } = auditOf(bytes, outcome, result);
  await attempt("审核报告", async () => writeOutput(join(folder, name), auditReportWorkbook(report), [], force, "--report-dir"));
  return name;
}

/** An output of one workbook that could not be written (the file exists, the disk is full …). */
class OutputFailure extends Error {}

async function attempt(what: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (!(err instanceof MarkedCopyError || err instanceof CliError)) throw err;
    throw new OutputFailure(`${what}未能写出：${err.message}`);
  }
}

/** “各单位/财政局.xlsx” → OUT/各单位_财政局（已标记）.xlsx: one flat folder, names that cannot collide. */
export function markedName(name: string): string {
  return flatName(name, "已标记", /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx");
}

/** “各单位/财政局.xlsx” → 各单位_财政局（审核报告）.xlsx. */
export function reportName(name: string): string {
  return flatName(name, "审核报告", ".xlsx");
}

function flatName(name: string, label: string, ending: string): string {
  return `${name.replace(/[\\/]+/g, "_").replace(/\.(xlsx|xlsm)$/i, "")}（${label}）${ending}`;
}
