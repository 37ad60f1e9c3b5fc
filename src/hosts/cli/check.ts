#!/usr/bin/env node
/**
 * npm run check -- FILE.xlsx [--json] [--out MARKED.xlsx [--force]] [--rules FILE] [--text 情况说明.txt|.docx]
 *   [--weights 90|100] [--prior LAST.xlsx] [--budget BUDGET.xlsx] [--report 审核报告.xlsx|.docx]
 * --report: the 审核报告 (every check, every finding with the accountant's status as stored with the workbook, the
 *   verdict) as a workbook or a Word document, A4 landscape.
 * npm run check -- --text 情况说明.txt|.docx [--json]: the text alone (its tables were images, or a Word file):
 *   its own arithmetic, figures across paragraphs and form, each finding at its paragraph (第12段).
 * npm run check -- FOLDER/ | ARCHIVE.zip | FILE… --summary 汇总.xlsx [--out-dir FOLDER] [--report-dir FOLDER] [--jobs N]
 *   [--fresh]: a batch (batch/batch-command.ts), with one marked copy and one 审核报告 per workbook.
 * --budget: the budget year's workbook holding the 绩效目标表 of the projects this 决算 workbook evaluates.
 * Exit code: 0 no errors, 1 errors found, 2 input cannot be read, holds nothing to check, or the command line is
 * wrong (message on stderr).
 * The input files are only read; --out never writes to one of them and never replaces a file without --force.
 */
import { basename, extname } from "path";
import { readWorkbook } from "../xlsx/read-workbook";
import { markCopy, markedCopyExtension } from "../xlsx/marked-copy";
import { CliError } from "./cli-error";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG, type EngineConfig } from "../../core/session";
import { sha256 } from "./batch/cache";
import { auditOf } from "./audit";
import { reportBytes } from "./report-file";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import { parseCheckedRules, RuleSyntaxError } from "../../core/rules/parse-rules";
import { BUILT_IN_RULES } from "../../core/rules/run-rules";
import { formatReport, toJson } from "./report";
import { parseArgs, UsageError, type ParsedArgs } from "./args";
import { readInput, readInputText } from "./read-input";
import { readNarrativeFile } from "./narrative-file";
import { checkOutput, writeOutput } from "./output-file";
import { runCommand, runScript } from "./run";
import { printErr, printOut } from "./terminal-text";
import { BATCH_FLAGS, BATCH_OPTIONS, batchCommand, isBatch } from "./batch/batch-command";
import { optionsFingerprint } from "./batch/fingerprint";

const USAGE =
  "用法：npm run check -- 文件.xlsx [--json] [--out 标记副本.xlsx [--force]] [--rules 规则文件] [--text 情况说明.txt|情况说明.docx] [--weights 90|100] [--prior 上年.xlsx] [--budget 预算（绩效目标表）.xlsx] [--report 审核报告.xlsx|审核报告.docx]\n" +
  "      或：npm run check -- --text 情况说明.txt|情况说明.docx [--json]（只检查说明文字本身，不需要工作簿）\n" +
  "批量：npm run check -- 文件夹/ 或 上报.zip 或 多个文件 --summary 汇总.xlsx [--out-dir 标记副本文件夹] [--report-dir 审核报告文件夹] [--jobs 线程数] [--fresh] [--force]";
const ARGS = {
  options: ["out", "rules", "text", "weights", "prior", "budget", "report", ...BATCH_OPTIONS],
  flags: ["json", "force", ...BATCH_FLAGS],
  maxPositional: Number.MAX_SAFE_INTEGER,
};

/** Runs `check` in-process: returns the exit code, writes the report to stdout and messages to stderr. */
export function main(argv: string[]): Promise<number> {
  return runCommand(USAGE, () => check(argv));
}

async function check(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ARGS);
  if (isBatch(args)) return batch(args);
  for (const option of [...BATCH_OPTIONS, ...BATCH_FLAGS]) {
    if (args.options.has(option) || args.flags.has(option)) throw new UsageError(`--${option} 只用于批量检查（文件夹、压缩包或多个文件，并给出 --summary）。`);
  }
  const file = args.positional[0];
  const textFile = args.options.get("text");
  if (!file && textFile) return checkTextOnly(textFile, args);
  if (!file) throw new UsageError("请给出要检查的 .xlsx 文件（或只用 --text 检查说明文字）。");
  const out = args.options.get("out");
  const report = args.options.get("report");
  const force = args.flags.has("force");
  if (force && !out && !report) throw new UsageError("--force 只能与 --out 或 --report 一起使用。");
  if (report && !/\.(xlsx|docx)$/i.test(report)) throw new UsageError("--report 的文件名应以 .xlsx 或 .docx 结尾。");
  const weightTotal = weightOption(args.options.get("weights"));
  const rulesFile = args.options.get("rules");
  const priorFile = args.options.get("prior");
  const budgetFile = args.options.get("budget");
  const inputs = [file, rulesFile, textFile, priorFile, budgetFile].filter((f): f is string => f !== undefined);
  if (out) checkOutput(out, inputs, force);
  if (report) checkOutput(report, [...inputs, ...(out ? [out] : [])], force, "--report");

  const bytes = readInput(file);
  if (out) checkOutputKind(out, file, bytes);
  const customRules = rulesFile ? readRules(rulesFile) : "";
  const narrativeText = textFile ? await readNarrativeFile(textFile) : undefined;
  const snapshot = await readWorkbook(bytes, basename(file));
  const priorYear = await workbookOption(priorFile);
  const budget = await workbookOption(budgetFile);
  const result = checkWorkbook(snapshot, { ...DEFAULT_ENGINE_CONFIG, customRules, weightTotal }, { narrativeText, priorYear, budget });
  if (result.nothingToCheck) {
    printErr(result.nothingToCheck.summary);
    return 2;
  }
  const audit = auditOf(bytes, { name: snapshot.name, sha256: sha256(bytes) }, result);
  printOut(args.flags.has("json") ? toJson(result, audit.review) : formatReport(result, audit.review));
  if (report) {
    writeOutput(report, await reportBytes(report, audit.report), inputs, force, "--report");
    printErr(`已写出审核报告：${report}（${audit.report.verdict}）`);
  }
  if (out) {
    const copy = await markCopy(bytes, result.findings);
    writeOutput(out, copy.bytes, inputs, force);
    printErr(`已写出标记副本：${out}`);
    for (const { sheet, cell, reason } of copy.unnoted) printErr(`提示：${sheet}!${cell} 未加批注：${reason}；问题见上面的报告。`);
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** A macro-enabled workbook is marked to an .xlsm name, any other to an .xlsx name (Excel opens nothing else). */
function checkOutputKind(out: string, file: string, bytes: Uint8Array): void {
  const given = extname(out).toLowerCase();
  if (given !== ".xlsx" && given !== ".xlsm") return;
  let wanted: string;
  try {
    wanted = markedCopyExtension(bytes);
  } catch {
    return; // not a package: the reader says what it is
  }
  if (given === wanted) return;
  const what = wanted === ".xlsm" ? "含宏的工作簿（.xlsm），标记副本也是含宏的" : "不含宏的工作簿（.xlsx），标记副本也是";
  throw new CliError(
    `“${file}”是${what} ${wanted} 文件，Excel 不会打开扩展名为 ${given} 的这种文件：请把 --out 改为“${basename(out, extname(out))}${wanted}”。`,
  );
}

/**
 * `--text F` without a workbook: the text's own arithmetic (parts against totals, changes, shares, figures across
 * paragraphs) and form. The workbook options need a workbook and are refused.
 */
async function checkTextOnly(textFile: string, args: ParsedArgs): Promise<number> {
  const others = [...args.options.keys(), ...args.flags].filter((name) => name !== "text" && name !== "json");
  if (others.length > 0) throw new UsageError(`只检查说明文字时（没有给出工作簿）不能使用 --${others[0]}。`);
  const json = args.flags.has("json");
  const narrativeText = await readNarrativeFile(textFile);
  const result = checkWorkbook({ name: basename(textFile), sheets: [] }, DEFAULT_ENGINE_CONFIG, { narrativeText });
  if (result.textParagraphs === 0) {
    printErr(`文件“${textFile}”中没有可检查的说明文字（空文件，或只有空行）。`);
    return 2;
  }
  printOut(json ? toJson(result) : formatReport(result));
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** A batch: the same configuration (rules, weights) for every workbook; Ctrl+C stops starting new ones. */
async function batch(args: ParsedArgs): Promise<number> {
  const rulesFile = args.options.get("rules");
  const config: EngineConfig = {
    ...DEFAULT_ENGINE_CONFIG,
    customRules: rulesFile ? readRules(rulesFile) : "",
    weightTotal: weightOption(args.options.get("weights")),
  };
  const stop = new AbortController();
  const onInterrupt = (): void => {
    if (stop.signal.aborted) process.exit(130); // a second Ctrl+C: stop at once (outputs are written whole or not at all)
    stop.abort();
    process.stderr.write("\n正在停止：等待正在检查的文件完成，然后写出汇总表……（再按一次 Ctrl+C 立即退出）\n");
  };
  process.on("SIGINT", onInterrupt);
  try {
    return await batchCommand(args, config, optionsFingerprint(config), {
      stderr: process.stderr,
      signal: stop.signal,
    });
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}

/** The --rules file's text, once it is known to parse with ids that are its own (not repeated, not built in). */
function readRules(file: string): string {
  const text = readInputText(file);
  try {
    parseCheckedRules(text, new Set(BUILT_IN_RULES.map((r) => r.id)));
  } catch (err) {
    if (err instanceof RuleSyntaxError) throw new UsageError(`规则文件“${file}”${err.message}`);
    throw err;
  }
  return text;
}

/** A second workbook named by an option (--prior, --budget), read like the first. */
async function workbookOption(file: string | undefined): Promise<WorkbookSnapshot | undefined> {
  return file ? readWorkbook(readInput(file), basename(file)) : undefined;
}

function weightOption(value: string | undefined): "auto" | 90 | 100 {
  if (value === undefined) return "auto";
  if (value === "90" || value === "100") return Number(value) as 90 | 100;
  throw new UsageError("--weights 只能是 90 或 100。");
}

if (require.main === module) runScript(main);
