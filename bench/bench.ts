/**
 * Engine benchmark (npm run bench): county-style 决算 workbooks (one sheet per table kind, units stacked) at three
 * sizes, timed (a) from a ready snapshot through recognition + rules, (b) from .xlsx bytes through readWorkbook +
 * analyzeWorkbook, and (c) the read alone: .xlsx bytes → readWorkbook. Prints cells, ms and cells/s per size, and
 * the per-cell cost ratio largest/smallest (≈ 1 means linear growth).
 *
 * The .xlsx files are written part by part as Excel writes them (test/support/draft-package.ts: shared strings,
 * styles, merges), which takes seconds even at 1M cells, so every size is measured by default.
 *
 * The script is bundled with esbuild first, as the add-in's engine is bundled by webpack: module boundaries
 * then cost nothing, where running the TypeScript through tsx's per-file CommonJS adds ~40%.
 *
 *   npm run bench                 engine, read path and read alone at all three sizes
 *   npm run bench -- --no-xlsx    engine only
 *   npm run bench -- --xlsx-max=2 read path at the two smaller sizes only
 */
import { performance } from "perf_hooks";
import { analyzeWorkbook } from "../src/core/analysis";
import { readWorkbook } from "../src/hosts/xlsx/read-workbook";
import { countCells, countGridCells, generateWorkbook, toSnapshot, type GeneratedWorkbook } from "../test/support/generate-workbook";
import { draftToPackage } from "../test/support/draft-package";

interface Size {
  label: string;
  units: number;
}

const SIZES: Size[] = [
  { label: "~10k", units: 9 },
  { label: "~100k", units: 88 },
  { label: "≥1M", units: 890 },
];

const ENGINE_TARGET = 1_000_000; // cells per second, read excluded
const READ_TARGET = 500_000; // cells per second, .xlsx bytes → snapshot

interface Measure {
  size: string;
  cells: number;
  grid: number;
  ms: number;
}

function workbook(units: number): GeneratedWorkbook {
  return generateWorkbook({ seed: 2023, units, randomize: false, layout: { arrangement: "sheet-per-table" } });
}

/**
 * Best of `runs` timings (the least disturbed by GC and JIT warm-up). `prepare` makes each run's input outside the
 * timing: a check keeps indexes on the snapshot it reads (merges, prose sheets), so a run given the snapshot an
 * earlier run read would time work the add-in never skips — it reads a fresh snapshot for every check.
 */
async function best<Input>(runs: number, prepare: () => Input, fn: (input: Input) => unknown | Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t = performance.now();
    await fn(input);
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Engine runs are cheap now: best of 5 below 50k cells, else best of 3 (the read path takes at most 2). */
function runsFor(cells: number): number {
  return cells < 50_000 ? 5 : 3;
}

async function measureEngine(size: Size, wb: GeneratedWorkbook): Promise<Measure> {
  const findings = analyzeWorkbook(toSnapshot(wb)).findings.filter((f) => f.severity === "error").length;
  if (findings > 0) throw new Error(`generated workbook not clean: ${findings} errors`);
  const ms = await best(
    runsFor(countCells(wb.draft)),
    () => toSnapshot(wb),
    (snapshot) => analyzeWorkbook(snapshot),
  );
  return { size: size.label, cells: countCells(wb.draft), grid: countGridCells(wb.draft), ms };
}

interface XlsxMeasure {
  withEngine: Measure;
  readOnly: Measure;
  bytes: number;
  writeMs: number;
}

async function measureXlsx(size: Size, wb: GeneratedWorkbook): Promise<XlsxMeasure> {
  const t = performance.now();
  const bytes = draftToPackage(wb.draft);
  const writeMs = performance.now() - t;
  const cells = countCells(wb.draft);
  const grid = countGridCells(wb.draft);
  const runs = runsFor(cells);
  const readMs = await best(
    runs,
    () => bytes,
    (input) => readWorkbook(input, "bench.xlsx"),
  );
  const bothMs = await best(
    Math.min(2, runs),
    () => bytes,
    async (input) => analyzeWorkbook(await readWorkbook(input, "bench.xlsx")),
  );
  return {
    withEngine: { size: size.label, cells, grid, ms: bothMs },
    readOnly: { size: size.label, cells, grid, ms: readMs },
    bytes: bytes.length,
    writeMs,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function table(title: string, rows: Measure[]): void {
  console.log(`\n${title}`);
  console.log(`${"size".padEnd(7)}${"cells".padStart(11)}${"grid cells".padStart(12)}${"ms".padStart(10)}${"cells/s".padStart(12)}${"µs/cell".padStart(9)}`);
  for (const r of rows) {
    const rate = r.cells / (r.ms / 1000);
    console.log(
      `${r.size.padEnd(7)}${fmt(r.cells).padStart(11)}${fmt(r.grid).padStart(12)}${fmt(r.ms).padStart(10)}${fmt(rate).padStart(12)}${((r.ms * 1000) / r.cells).toFixed(2).padStart(9)}`,
    );
  }
  if (rows.length >= 2) {
    const perCell = (r: Measure) => r.ms / r.cells;
    const ratio = perCell(rows[rows.length - 1]) / perCell(rows[0]);
    const verdict = ratio < 1.5 ? "linear" : ratio < 3 ? "mildly super-linear" : "super-linear";
    console.log(`per-cell cost ${rows[rows.length - 1].size} / ${rows[0].size}: ${ratio.toFixed(2)} (${verdict})`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withXlsx = !args.includes("--no-xlsx");
  const xlsxMax = Number(args.find((a) => a.startsWith("--xlsx-max="))?.split("=")[1] ?? SIZES.length);
  const started = performance.now();
  const engine: Measure[] = [];
  const xlsx: XlsxMeasure[] = [];
  for (const [i, size] of SIZES.entries()) {
    const wb = workbook(size.units);
    engine.push(await measureEngine(size, wb));
    process.stdout.write(`engine ${size.label}: ${fmt(engine[engine.length - 1].ms)} ms\n`);
    if (withXlsx && i < xlsxMax) {
      const m = await measureXlsx(size, wb);
      xlsx.push(m);
      process.stdout.write(
        `xlsx   ${size.label}: read ${fmt(m.readOnly.ms)} ms, read + engine ${fmt(m.withEngine.ms)} ms (file ${fmt(m.bytes / 1024)} KiB, written in ${fmt(m.writeMs)} ms, not counted)\n`,
      );
    }
  }
  table("(a) engine only — snapshot ready, recognition + rules (best of runs)", engine);
  verdict(ENGINE_TARGET, engine);
  if (xlsx.length > 0) {
    table(
      "(b) read included — .xlsx bytes → readWorkbook → analyzeWorkbook",
      xlsx.map((m) => m.withEngine),
    );
    table(
      "(c) read only — .xlsx bytes → readWorkbook (best of runs)",
      xlsx.map((m) => m.readOnly),
    );
    verdict(
      READ_TARGET,
      xlsx.map((m) => m.readOnly),
    );
  }
  if (withXlsx && xlsxMax < SIZES.length) console.log(`(b), (c) measured at the ${xlsxMax} smaller size(s) only.`);
  console.log(
    `\ncells = non-empty cells; grid cells = used rows × columns per sheet. Node ${process.version}. Total ${fmt((performance.now() - started) / 1000)} s.`,
  );
}

/** Whether the largest size measured reaches the target rate. */
function verdict(target: number, rows: Measure[]): void {
  const largest = rows[rows.length - 1];
  const rate = largest.cells / (largest.ms / 1000);
  console.log(`target ≥ ${fmt(target)} cells/s at ${largest.size}: ${rate >= target ? "met" : "MISSED"} (${fmt(rate)} cells/s)`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
