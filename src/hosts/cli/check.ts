#!/usr/bin/env node
/**
 * npm run check -- FILE.xlsx [--json] [--out MARKED.xlsx [--force]] [--rules FILE] [--text 情况说明.txt|.docx]
 *   [--weights 90|100] [--prior LAST.xlsx] [--budget BUDGET.xlsx]
 * --budget: the budget year's workbook holding the 绩效目标表 of the projects this 决算 workbook evaluates.
 * Exit code: 0 no errors, 1 errors found, 2 input cannot be read, holds nothing to check, or the command line is
 * wrong (message on stderr).
 * The input files are only read; --out never writes to one of them and never replaces a file without --force.
 */
import { basename, extname } from "path";
import { readWorkbook } from "../xlsx/read-workbook";
import { markCopy, markedCopyExtension } from "../xlsx/marked-copy";
import { CliError } from "./cli-error";
import { analyzeWorkbook } from "../../core/analysis";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import { parseCheckedRules, RuleSyntaxError } from "../../core/rules/parse-rules";
import { BUILT_IN_RULES } from "../../core/rules/run-rules";
import { formatReport, toJson } from "./report";
import { parseArgs, UsageError } from "./args";
import { readInput, readInputText, readNarrativeFile } from "./read-input";
import { checkOutput, writeOutput } from "./output-file";
import { runCommand, runScript } from "./run";
import { printErr, printOut } from "./terminal-text";
import { nothingToCheck } from "../nothing-to-check";

const USAGE =
  "用法：npm run check -- 文件.xlsx [--json] [--out 标记副本.xlsx [--force]] [--rules 规则文件] [--text 情况说明.txt|情况说明.docx] [--weights 90|100] [--prior 上年.xlsx] [--budget 预算（绩效目标表）.xlsx]";
const ARGS = { options: ["out", "rules", "text", "weights", "prior", "budget"], flags: ["json", "force"], maxPositional: 1 };

/** Runs `check` in-process: returns the exit code, writes the report to stdout and messages to stderr. */
export function main(argv: string[]): Promise<number> {
  return runCommand(USAGE, () => check(argv));
}

async function check(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ARGS);
  const file = args.positional[0];
  if (!file) throw new UsageError("请给出要检查的 .xlsx 文件。");
  const out = args.options.get("out");
  const force = args.flags.has("force");
  if (force && !out) throw new UsageError("--force 只能与 --out 一起使用。");
  const weightConvention = weightOption(args.options.get("weights"));
  const rulesFile = args.options.get("rules");
  const textFile = args.options.get("text");
  const priorFile = args.options.get("prior");
  const budgetFile = args.options.get("budget");
  const inputs = [file, rulesFile, textFile, priorFile, budgetFile].filter((f): f is string => f !== undefined);
  if (out) checkOutput(out, inputs, force);

  const bytes = readInput(file);
  if (out) checkOutputKind(out, file, bytes);
  const extraRules = rulesFile ? readRules(rulesFile) : undefined;
  const narrativeText = textFile ? await readNarrativeFile(textFile) : undefined;
  const snapshot = await readWorkbook(bytes, basename(file));
  const priorYear = await workbookOption(priorFile);
  const budgetWorkbook = await workbookOption(budgetFile);
  const result = analyzeWorkbook(snapshot, { extraRules, narrativeText, priorYear, budgetWorkbook, weightConvention });
  const nothing = nothingToCheck(snapshot, result);
  if (nothing) {
    printErr(nothing);
    return 2;
  }
  printOut(args.flags.has("json") ? toJson(result) : formatReport(result));
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
