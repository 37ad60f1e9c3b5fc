import { availableParallelism } from "os";
import { statSync } from "fs";
import { extname } from "path";
import type { ParsedArgs } from "../args";
import { UsageError } from "../args";
import { runBatch, type BatchIo } from "./run-batch";
import type { BatchOptions, BatchOutcome } from "./check-one";
import { terminalText } from "../terminal-text";

/** Options only a batch takes. */
export const BATCH_OPTIONS = ["summary", "out-dir", "report-dir", "jobs"] as const;
export const BATCH_FLAGS = ["fresh"] as const;

/** A batch is asked for by --summary, by more than one input, or by a folder or .zip as the input. */
export function isBatch(args: ParsedArgs): boolean {
  return args.options.has("summary") || args.positional.length > 1 || args.positional.some(isCollection);
}

function isCollection(path: string): boolean {
  if (extname(path).toLowerCase() === ".zip") return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `npm run check -- 各单位/ 上报.zip 某局.xlsx --summary 汇总.xlsx [--out-dir 标记副本/] [--report-dir 审核报告/] [--jobs N]
 * [--fresh] [--force]`.
 * Exit code: 0 every workbook checked and none has an error; 1 errors found, or some files could not be checked
 * (they are rows of the summary with the reason); 2 nothing could be checked at all, or the command line is wrong.
 */
export async function batchCommand(
  args: ParsedArgs,
  base: Omit<BatchOptions, "outDir" | "reportDir" | "force">,
  optionsKey: string,
  io: BatchIo,
): Promise<number> {
  for (const single of ["out", "report", "text", "prior", "budget", "json"]) {
    if (args.options.has(single) || args.flags.has(single))
      throw new UsageError(`批量检查不支持 --${single}（它只用于单个文件）；标记副本请用 --out-dir，审核报告请用 --report-dir。`);
  }
  const summary = args.options.get("summary");
  if (!summary) throw new UsageError("检查文件夹、压缩包或多个文件时，请用 --summary 给出汇总表的文件名，例如 --summary 汇总.xlsx。");
  if (!/\.xlsx$/i.test(summary)) throw new UsageError(`--summary “${summary}”应以 .xlsx 结尾。`);
  if (args.positional.length === 0) throw new UsageError("请给出要检查的文件、文件夹或 .zip。");
  const options: BatchOptions = { ...base, outDir: args.options.get("out-dir"), reportDir: args.options.get("report-dir"), force: args.flags.has("force") };
  const jobs = jobsOption(args.options.get("jobs"));
  const result = await runBatch({ paths: args.positional, summary, jobs, fresh: args.flags.has("fresh"), options, optionsKey }, io);
  io.stderr.write(closingLines(result.outcomes, summary, result.interrupted));
  return exitCode(result.outcomes);
}

function jobsOption(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError("--jobs 应为 1 到 64 之间的整数。");
  return n;
}

/** “共 200 个文件：已检查 196 个（有错误 37 个），无法读取 3 个，无可检查内容 1 个。汇总表：汇总.xlsx”. */
function closingLines(outcomes: readonly BatchOutcome[], summary: string, interrupted: boolean): string {
  const checked = outcomes.filter((o) => o.status === "checked");
  const withErrors = checked.filter((o) => o.status === "checked" && o.summary.errors > 0).length;
  const unreadable = outcomes.filter((o) => o.status === "unreadable").length;
  const nothing = outcomes.filter((o) => o.status === "nothing").length;
  const head = interrupted ? "已中断（Ctrl+C）：已完成的文件都已写出，未开始的没有检查。" : "";
  return `${head}共 ${outcomes.length} 个文件：已检查 ${checked.length} 个（有错误 ${withErrors} 个），无法读取 ${unreadable} 个，无可检查内容 ${nothing} 个。汇总表：${terminalText(summary)}\n`;
}

function exitCode(outcomes: readonly BatchOutcome[]): number {
  if (!outcomes.some((o) => o.status === "checked")) return 2;
  return outcomes.some((o) => o.status !== "checked" || o.summary.errors > 0) ? 1 : 0;
}
