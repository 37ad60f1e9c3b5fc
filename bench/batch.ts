/**
 * Batch benchmark (part of npm run bench): 200 units' workbooks of ~20k cells each, checked by `runBatch` — the
 * code behind `npm run check -- 文件夹/ --summary 汇总.xlsx` — with 1, 2 and 4 worker threads. Each pool size runs
 * in a fresh process (so its peak memory is its own), prints files/s, cells/s, the process's CPU time and the cores
 * it kept busy, peak resident memory, and the speed-up over one worker with the ceiling the CPU times allow. The
 * target: on a machine with 2 cores, 2 workers ≥ 1.7 × one worker.
 *
 * Bundled with esbuild beside its worker (dist/bench/worker.js), as the engine ships — and as `npm run check` runs
 * its workers (it bundles worker.ts the same way when it runs from the sources: src/hosts/cli/batch/worker-script.ts).
 *   node dist/bench/batch.js              all pool sizes
 *   node dist/bench/batch.js --files=40   fewer files (a quick look)
 *   node dist/bench/batch.js --pools=1,2  only these pool sizes (the target needs 1 and 2)
 */
import { fork } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { availableParallelism, tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { runBatch } from "../src/hosts/cli/batch/run-batch";
import { DEFAULT_ENGINE_CONFIG } from "../src/core/session";
import { countCells, generateWorkbook } from "../test/support/generate-workbook";
import { draftToPackage } from "../test/support/draft-package";

const UNITS_PER_WORKBOOK = 18; // ≈ 20k filled cells: a department with its subordinate units
const DISTINCT = 10; // distinct workbooks, each written FILES / DISTINCT times under its own name
const POOLS = [1, 2, 4];
const SPEED_UP_TARGET = 1.7;

interface Run {
  jobs: number;
  files: number;
  cells: number;
  ms: number;
  /** CPU time of the whole process (main thread, workers, V8's collector and compiler threads). */
  cpuMs: number;
  /** Of it, thread by thread: this (main) thread, and the threads that outlive the workers (V8's helpers); Linux only. */
  threads?: { mainMs: number; helpersMs: number };
  peakMb: number;
}

/**
 * CPU time so far of each thread of this process, by thread id (Linux: /proc/self/task/<tid>/stat, utime + stime);
 * undefined elsewhere. Workers' threads are gone when the batch ends: their share is the process's CPU time less
 * the main thread's and the helpers' (V8's compiler and collector threads, started with the process).
 */
function threadCpuMs(): Map<number, number> | undefined {
  try {
    const ticks = new Map<number, number>();
    for (const tid of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS);
    }
    return ticks;
  } catch {
    return undefined;
  }
}

/** The kernel's clock ticks per second (USER_HZ), 100 on Linux. */
const CLOCK_TICKS = 100;

function threadSplit(before: Map<number, number> | undefined, after: Map<number, number> | undefined): Run["threads"] {
  if (!before || !after) return undefined;
  let helpersMs = 0;
  for (const [tid, ms] of after) if (tid !== process.pid) helpersMs += ms - (before.get(tid) ?? 0);
  return { mainMs: after.get(process.pid)! - before.get(process.pid)!, helpersMs };
}

async function measure(dir: string, jobs: number, files: number, cells: number): Promise<Run> {
  const threadsBefore = threadCpuMs();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await runBatch(
    {
      paths: [join(dir, "units")],
      summary: join(dir, `汇总-${jobs}.xlsx`),
      jobs,
      fresh: true,
      options: { ...DEFAULT_ENGINE_CONFIG, force: true },
      optionsKey: "bench",
    },
    { stderr: { write: () => true }, signal: new AbortController().signal },
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const threads = threadSplit(threadsBefore, threadCpuMs());
  const checked = result.outcomes.filter((o) => o.status === "checked").length;
  if (checked !== files) throw new Error(`only ${checked} of ${files} workbooks were checked`);
  return { jobs, files, cells, ms, cpuMs: (cpu.user + cpu.system) / 1000, threads, peakMb: process.resourceUsage().maxRSS / 1024 };
}

/** Writes the folder of units' workbooks; returns the total of their filled cells. */
function writeUnits(dir: string, files: number): number {
  const units = join(dir, "units");
  rmSync(units, { recursive: true, force: true });
  mkdirSync(units);
  let cells = 0;
  for (let d = 0; d < DISTINCT; d++) {
    const wb = generateWorkbook({ seed: 3000 + d, units: UNITS_PER_WORKBOOK, randomize: false, layout: { arrangement: "sheet-per-table" } });
    const bytes = draftToPackage(wb.draft);
    for (let copy = d; copy < files; copy += DISTINCT) {
      writeFileSync(join(units, `单位${String(copy + 1).padStart(4, "0")}.xlsx`), bytes);
      cells += countCells(wb.draft);
    }
  }
  return cells;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * Why the speed-up is what it is: one worker already keeps more than one core busy (V8 collects garbage and compiles
 * on helper threads beside it, the main thread reads and hashes), and each further worker costs CPU of its own
 * (start-up, code warming up). Two workers can at best share the cores: speed-up ≤ cores ÷ (cores one worker used ×
 * two workers' CPU time ÷ one worker's).
 */
function ceiling(one: Run, two: Run, cores: number): string {
  const used = one.cpuMs / one.ms;
  const more = two.cpuMs / one.cpuMs;
  const shared = Math.min(cores, 2);
  return `one worker kept ${used.toFixed(2)} cores busy; two workers needed ${more.toFixed(2)} × its CPU time: on ${shared} cores at most ${(shared / (used * more)).toFixed(2)} ×`;
}

/**
 * The speed-up the CPU times allow, read from thread CPU alone, so it holds under load too: idle, one worker takes at
 * least its own thread's CPU time (the critical path: V8's helpers and the main thread run beside it), two share
 * the cores at best. Undefined without the thread split (not Linux).
 */
function cpuBound(one: Run, two: Run, cores: number): string | undefined {
  if (!one.threads) return undefined;
  const ownThread = one.cpuMs - one.threads.mainMs - one.threads.helpersMs;
  const shared = Math.min(cores, 2);
  return `from CPU times alone (any load): one worker's own thread ${(ownThread / 1000).toFixed(1)} s, two workers ${(two.cpuMs / 1000).toFixed(1)} s of CPU in all: on ${shared} cores about ${((shared * ownThread) / two.cpuMs).toFixed(2)} ×`;
}

/** “1 worker: CPU 0.4 s main thread (reading, hashing, the summary), 3.1 s V8 helpers (TurboFan, collector), 7.7 s worker”. */
function threadLine(run: Run, threads: NonNullable<Run["threads"]>): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const workers = run.cpuMs - threads.mainMs - threads.helpersMs;
  return `${run.jobs} worker${run.jobs > 1 ? "s" : ""}: CPU ${s(threads.mainMs)} main thread (reading, hashing, the summary), ${s(threads.helpersMs)} V8 helpers (TurboFan, collector), ${s(workers)} worker${run.jobs > 1 ? "s" : ""}`;
}

/**
 * Why the speed-up cannot be judged on this run, if it cannot: one core, or other work on the machine (one worker
 * got less than a core — under contention more threads get more of the machine, and the speed-up says nothing).
 */
function measurable(one: Run, cores: number): string | undefined {
  if (cores < 2) return "not measurable on one core";
  if (one.cpuMs < one.ms) return "not measurable now: the machine was busy with other work (one worker got less than one core)";
  return undefined;
}

async function child(dir: string, jobs: number, files: number, cells: number): Promise<void> {
  const run = await measure(dir, jobs, files, cells);
  process.send!(run);
}

function inChild(dir: string, jobs: number, files: number, cells: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ["--child", dir, String(jobs), String(files), String(cells)], { stdio: "inherit" });
    proc.on("message", (run: Run) => resolve(run));
    proc.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`batch bench with ${jobs} workers exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], Number(args[2]), Number(args[3]), Number(args[4]));
  const files = Number(args.find((a) => a.startsWith("--files="))?.split("=")[1] ?? 200);
  const dir = mkdtempSync(join(tmpdir(), "bench-batch-"));
  try {
    const t = performance.now();
    const cells = writeUnits(dir, files);
    console.log(
      `\n(d) batch — ${files} workbooks, ${fmt(cells / files)} cells each (${fmt(cells)} in all), written in ${fmt(performance.now() - t)} ms (not counted)`,
    );
    console.log(
      `${"workers".padEnd(9)}${"s".padStart(8)}${"files/s".padStart(10)}${"cells/s".padStart(13)}${"CPU s".padStart(8)}${"cores".padStart(7)}${"peak MB".padStart(10)}${"speed-up".padStart(10)}`,
    );
    const runs: Run[] = [];
    const pools =
      args
        .find((a) => a.startsWith("--pools="))
        ?.split("=")[1]
        .split(",")
        .map(Number) ?? POOLS;
    for (const jobs of pools) {
      const run = await inChild(dir, jobs, files, cells);
      runs.push(run);
      const speedUp = runs[0].ms / run.ms;
      console.log(
        `${String(jobs).padEnd(9)}${(run.ms / 1000).toFixed(1).padStart(8)}${(files / (run.ms / 1000)).toFixed(1).padStart(10)}${fmt(cells / (run.ms / 1000)).padStart(13)}${(run.cpuMs / 1000).toFixed(1).padStart(8)}${(run.cpuMs / run.ms).toFixed(2).padStart(7)}${fmt(run.peakMb).padStart(10)}${speedUp.toFixed(2).padStart(10)}`,
      );
    }
    const one = runs.find((r) => r.jobs === 1);
    const two = runs.find((r) => r.jobs === 2);
    if (one && two) {
      const speedUp = one.ms / two.ms;
      const cores = availableParallelism();
      const verdict = measurable(one, cores) ?? (speedUp >= SPEED_UP_TARGET ? "met" : "MISSED");
      console.log(`target: 2 workers ≥ ${SPEED_UP_TARGET} × one worker on ≥ 2 cores (${cores} here): ${verdict} (${speedUp.toFixed(2)} ×)`);
      console.log(ceiling(one, two, cores));
      const bound = cpuBound(one, two, cores);
      if (bound) console.log(bound);
    }
    for (const run of runs) if (run.threads) console.log(threadLine(run, run.threads));
    const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
    const perHour = (files / (best.ms / 1000)) * 3600;
    console.log(`at ${(files / (best.ms / 1000)).toFixed(1)} files/s: 10,000 workbooks take ${fmt((10_000 / perHour) * 60)} minutes on this machine.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
