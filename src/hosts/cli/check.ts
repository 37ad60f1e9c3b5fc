#!/usr/bin/env node
/**
 * npm run check -- FILE.xlsx [--json] [--out MARKED.xlsx [--force]] [--rules FILE] [--text 情况说明.txt|.docx]
 *   [--weights 90|100] [--prior LAST.xlsx] [--budget BUDGET.xlsx]
 * npm run check -- FOLDER/ | ARCHIVE.zip | FILE… --summary 汇总.xlsx [--out-dir FOLDER] [--jobs N] [--fresh]: a batch
 *   (batch/batch-command.ts).
 * --budget: the budget year's workbook holding the 绩效目标表 of the projects this 决算 workbook evaluates.
 * Exit code: 0 no errors, 1 errors found, 2 input cannot be read, holds nothing to check, or the command line is
 * wrong (message on stderr).
 * The input files are only read; --out never writes to one of them and never replaces a file without --force.
 */
import { basename } from "path";
import { readWorkbook } from "../xlsx/read-workbook";
import { writeMarkedCopy } from "../xlsx/marked-copy";
import { checkWorkbook, DEFAULT_ENGINE_CONFIG, type EngineConfig } from "../../core/session";
import type { WorkbookSnapshot } from "../../core/snapshot/types";
import { parseCheckedRules, RuleSyntaxError } from "../../core/rules/parse-rules";
import { BUILT_IN_RULES } from "../../core/rules/run-rules";
import { formatReport, toJson } from "./report";
import { parseArgs, UsageError, type ParsedArgs } from "./args";
import { readInput, readInputText, readNarrativeFile } from "./read-input";
import { checkOutput, writeOutput } from "./output-file";
import { runCommand, runScript } from "./run";
import { BATCH_FLAGS, BATCH_OPTIONS, batchCommand, isBatch } from "./batch/batch-command";
import { optionsFingerprint } from "./batch/fingerprint";

const USAGE =
  "用法：npm run check -- 文件.xlsx [--json] [--out 标记副本.xlsx [--force]] [--rules 规则文件] [--text 情况说明.txt|情况说明.docx] [--weights 90|100] [--prior 上年.xlsx] [--budget 预算（绩效目标表）.xlsx]\n" +
  "批量：npm run check -- 文件夹/ 或 上报.zip 或 多个文件 --summary 汇总.xlsx [--out-dir 标记副本文件夹] [--jobs 线程数] [--fresh] [--force]";
const ARGS = {
  options: ["out", "rules", "text", "weights", "prior", "budget", ...BATCH_OPTIONS],
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
  if (!file) throw new UsageError("请给出要检查的 .xlsx 文件。");
  const out = args.options.get("out");
  const force = args.flags.has("force");
  if (force && !out) throw new UsageError("--force 只能与 --out 一起使用。");
  const weightTotal = weightOption(args.options.get("weights"));
  const rulesFile = args.options.get("rules");
  const textFile = args.options.get("text");
  const priorFile = args.options.get("prior");
  const budgetFile = args.options.get("budget");
  const inputs = [file, rulesFile, textFile, priorFile, budgetFile].filter((f): f is string => f !== undefined);
  if (out) checkOutput(out, inputs, force);

  const bytes = readInput(file);
  const customRules = rulesFile ? readRules(rulesFile) : "";
  const narrativeText = textFile ? await readNarrativeFile(textFile) : undefined;
  const snapshot = await readWorkbook(bytes, basename(file));
  const priorYear = await workbookOption(priorFile);
  const budget = await workbookOption(budgetFile);
  const result = checkWorkbook(snapshot, { ...DEFAULT_ENGINE_CONFIG, customRules, weightTotal }, { narrativeText, priorYear, budget });
  if (result.nothingToCheck) {
    process.stderr.write(`${result.nothingToCheck.summary}\n`);
    return 2;
  }
  process.stdout.write((args.flags.has("json") ? toJson(result) : formatReport(result)) + "\n");
  if (out) {
    writeOutput(out, await writeMarkedCopy(bytes, result.findings), inputs, force);
    process.stderr.write(`已写出标记副本：${out}\n`);
  }
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
