import { existsSync, statSync } from "fs";
import { join } from "path";
import { ZipArchive } from "../../xlsx/read/zip-archive";
import { PackageProblem } from "../../xlsx/read/read-error";
import { readInput } from "../read-input";
import { CliError } from "../cli-error";
import { checkOutput, writeOutput } from "../output-file";
import { collectInputs, type BatchInput } from "./inputs";
import { markedName, reportName, type BatchOptions, type BatchOutcome } from "./check-one";
import { OutcomeCache, sha256 } from "./cache";
import { WorkerPool } from "./pool";
import { Progress, type ProgressSink } from "./progress";
import { summaryWorkbook } from "../../batch/summary-workbook";

export interface BatchRequest {
  /** Files, folders and .zip archives, as given. */
  paths: string[];
  /** The summary workbook to write (--summary). */
  summary: string;
  /** Worker threads (--jobs), at least 1. */
  jobs: number;
  /** Ignore the cache of earlier runs (--fresh). */
  fresh: boolean;
  options: BatchOptions;
  /** What the outcomes depend on besides each file (rules text, weights, version), for the cache. */
  optionsKey: string;
}

export interface BatchIo {
  stderr: ProgressSink;
  /** Aborted by Ctrl+C: no new workbook is started, those under way finish, the summary covers what is done. */
  signal: AbortSignal;
}

/** What the batch found, for the exit code and the closing lines. */
export interface BatchResult {
  outcomes: BatchOutcome[];
  interrupted: boolean;
}

/**
 * Checks every workbook named (files, folders, .zip) on a pool of worker threads and writes the summary workbook.
 * Each workbook is one outcome whatever happens to it; results do not depend on the order workers finish in.
 */
export async function runBatch(request: BatchRequest, io: BatchIo): Promise<BatchResult> {
  const { inputs, damaged } = collectInputs(request.paths);
  const inputFiles = [...new Set(inputs.map((i) => i.path))];
  checkOutput(request.summary, inputFiles, request.options.force, "--summary");
  if (request.options.outDir) checkFolder(request.options.outDir, "--out-dir");
  if (request.options.reportDir) checkFolder(request.options.reportDir, "--report-dir");
  const cache = OutcomeCache.open(`${request.summary}.cache.json`, request.optionsKey, request.fresh);
  const progress = new Progress(inputs.length + damaged.length, io.stderr);
  const outcomes: BatchOutcome[] = damaged.map((d) => ({ name: d.name, sha256: "", status: "unreadable", reason: d.reason }));
  for (const o of outcomes) progress.add(o, false);
  const slots: (BatchOutcome | undefined)[] = new Array(inputs.length);
  const pool = new WorkerPool(Math.max(1, Math.min(request.jobs, inputs.length || 1)), request.options, io.signal);
  const reader = new InputReader();
  try {
    await forEachLimited(inputs, pool.places, io.signal, async (input, index) => {
      const outcome = await checkInput(input, index, reader, cache, pool, request.options);
      if (!outcome) return; // waiting in a worker's queue when Ctrl+C came: not started
      slots[index] = outcome.outcome;
      cache.put(outcome.outcome);
      progress.add(outcome.outcome, outcome.cached);
    });
  } finally {
    await pool.close();
    progress.finish();
  }
  const done = slots.filter((o): o is BatchOutcome => o !== undefined);
  const interrupted = done.length < inputs.length;
  outcomes.push(...done);
  cache.save();
  const title = `预决算公开 批量审核汇总（${outcomes.length} 个文件${interrupted ? `，已中断：共 ${inputs.length + damaged.length} 个，未检查 ${inputs.length - done.length} 个` : ""}）`;
  writeOutput(request.summary, summaryWorkbook(outcomes, title), inputFiles, request.options.force, "--summary");
  return { outcomes, interrupted };
}

/**
 * One workbook: its bytes read here (one at a time), the cached outcome when the bytes are unchanged, else a worker;
 * nothing when Ctrl+C came before its worker started it.
 */
async function checkInput(
  input: BatchInput,
  index: number,
  reader: InputReader,
  cache: OutcomeCache,
  pool: WorkerPool,
  options: BatchOptions,
): Promise<{ outcome: BatchOutcome; cached: boolean } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = reader.read(input);
  } catch (err) {
    if (!(err instanceof CliError || err instanceof PackageProblem)) throw err;
    return { outcome: { name: input.name, sha256: "", status: "unreadable", reason: err.message }, cached: false };
  }
  const sha = sha256(bytes);
  const earlier = cache.get(sha, input.name);
  const reused = earlier && withOutputs(earlier, options);
  if (reused) return { outcome: reused, cached: true };
  const reply = await pool.run({ id: index, name: input.name, sha256: sha, bytes });
  if (!reply) return undefined;
  if ("outcome" in reply) return { outcome: reply.outcome, cached: false };
  return {
    outcome: { name: input.name, sha256: sha, status: "unreadable", reason: `检查时出现内部错误：${reply.failure}（请把该文件反馈给开发者）` },
    cached: false,
  };
}

/**
 * A cached outcome with this run's outputs: it counts only when its marked copy (--out-dir) and its 审核报告
 * (--report-dir) are already there, else the workbook is checked again and they are written.
 */
function withOutputs(outcome: BatchOutcome, options: BatchOptions): BatchOutcome | undefined {
  if (outcome.status !== "checked") return outcome;
  const marked = options.outDir && join(options.outDir, markedName(outcome.name));
  const report = options.reportDir && reportName(outcome.name);
  if (marked && !existsSync(marked)) return undefined;
  if (report && !existsSync(join(options.reportDir!, report))) return undefined;
  const { marked: _m, report: _r, ...rest } = outcome;
  return { ...rest, ...(marked && { marked }), ...(report && { report }) };
}

/** Runs `work` over the items, at most `limit` at once, starting none after `signal` is aborted. */
async function forEachLimited<T>(items: readonly T[], limit: number, signal: AbortSignal, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && !signal.aborted) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
}

/** Reads the inputs in order; the .zip being read stays open until its last entry is taken (inputs are grouped). */
class InputReader {
  private zip?: { path: string; archive: ZipArchive };

  read(input: BatchInput): Uint8Array {
    if (!input.entry) return new Uint8Array(readInput(input.path));
    if (this.zip?.path !== input.path) this.zip = { path: input.path, archive: ZipArchive.open(readInput(input.path)) };
    const bytes = this.zip.archive.read(input.entry);
    if (!bytes) throw new CliError(`压缩包中没有“${input.entry}”`);
    // A copy with its own buffer: the bytes are transferred to a worker, and a stored entry (or a Buffer's slice) is
    // only a view of the archive's buffer, which a transfer would take away from the entries still to come.
    return new Uint8Array(bytes);
  }
}

function checkFolder(folder: string, option: string): void {
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new CliError(`${option} “${folder}”不存在：请先建立该文件夹。`);
  }
  if (!isFolder) throw new CliError(`${option} “${folder}”不是文件夹。`);
}
