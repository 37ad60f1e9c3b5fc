/**
 * Engine benchmark (npm run bench): county-style 决算 workbooks (one sheet per table kind, units stacked) at three
 * sizes, timed (a) from a ready snapshot through recognition + rules, and (b) from .xlsx bytes through
 * readWorkbook + analyzeWorkbook. Prints cells, ms and cells/s per size, and the per-cell cost ratio
 * largest/smallest (≈ 1 means linear growth).
 *
 * The script is bundled with esbuild first, as the add-in's engine is bundled by webpack: module boundaries
 * then cost nothing, where running the TypeScript through tsx's per-file CommonJS adds ~40%.
 *
 *   npm run bench                 engine at all three sizes; read path at the two smaller ones (about 1 minute)
 *   npm run bench -- --no-xlsx    engine only
 *   npm run bench -- --xlsx-max=3 read path at the largest size too (exceljs needs ~2 min to write and
 *                                 ~2.5 min to read 1M cells, so it is left out of the default run)
 */
import { performance } from "perf_hooks";
import { analyzeWorkbook } from "../src/core/analysis";
import { readWorkbook } from "../src/hosts/xlsx/read-workbook";
import { countCells, countGridCells, generateWorkbook, toSnapshot, toXlsx, type GeneratedWorkbook } from "../test/support/generate-workbook";

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

interface Measure {
  size: string;
  cells: number;
  grid: number;
  ms: number;
}

function workbook(units: number): GeneratedWorkbook {
  return generateWorkbook({ seed: 2023, units, randomize: false, layout: { arrangement: "sheet-per-table" } });
}

/** Best of `runs` timings (the least disturbed by GC and JIT warm-up). */
async function best(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Engine runs are cheap now: best of 5 below 50k cells, else best of 3 (the read path takes at most 2). */
function runsFor(cells: number): number {
  return cells < 50_000 ? 5 : 3;
}

async function measureEngine(size: Size, wb: GeneratedWorkbook): Promise<Measure> {
  const snapshot = toSnapshot(wb);
  const findings = analyzeWorkbook(snapshot).findings.filter((f) => f.severity === "error").length;
  if (findings > 0) throw new Error(`generated workbook not clean: ${findings} errors`);
  const ms = await best(runsFor(countCells(wb.draft)), () => analyzeWorkbook(snapshot));
  return { size: size.label, cells: countCells(wb.draft), grid: countGridCells(wb.draft), ms };
}

async function measureXlsx(size: Size, wb: GeneratedWorkbook): Promise<Measure & { bytes: number; writeMs: number }> {
  const t = performance.now();
  const bytes = await toXlsx(wb);
  const writeMs = performance.now() - t;
  const ms = await best(Math.min(2, runsFor(countCells(wb.draft))), async () => analyzeWorkbook(await readWorkbook(bytes, "bench.xlsx")));
  return { size: size.label, cells: countCells(wb.draft), grid: countGridCells(wb.draft), ms, bytes: bytes.length, writeMs };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function table(title: string, rows: Measure[]): void {
  console.log(`\n${title}`);
  console.log(`${"size".padEnd(7)}${"cells".padStart(11)}${"grid cells".padStart(12)}${"ms".padStart(10)}${"cells/s".padStart(12)}${"µs/cell".padStart(9)}`);
  for (const r of rows) {
    const rate = r.cells / (r.ms / 1000);
    console.log(`${r.size.padEnd(7)}${fmt(r.cells).padStart(11)}${fmt(r.grid).padStart(12)}${fmt(r.ms).padStart(10)}${fmt(rate).padStart(12)}${((r.ms * 1000) / r.cells).toFixed(2).padStart(9)}`);
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
  const xlsxMax = Number(args.find((a) => a.startsWith("--xlsx-max="))?.split("=")[1] ?? 2);
  const started = performance.now();
  const engine: Measure[] = [];
  const xlsx: Measure[] = [];
  for (const [i, size] of SIZES.entries()) {
    const wb = workbook(size.units);
    engine.push(await measureEngine(size, wb));
    process.stdout.write(`engine ${size.label}: ${fmt(engine[engine.length - 1].ms)} ms\n`);
    if (withXlsx && i < xlsxMax) {
      const m = await measureXlsx(size, wb);
      xlsx.push(m);
      process.stdout.write(`xlsx   ${size.label}: ${fmt(m.ms)} ms (file ${fmt(m.bytes / 1024)} KiB, written in ${fmt(m.writeMs)} ms, not counted)\n`);
    }
  }
  table("(a) engine only — snapshot ready, recognition + rules (best of runs)", engine);
  const largest = engine[engine.length - 1];
  const rate = largest.cells / (largest.ms / 1000);
  console.log(`target ≥ ${fmt(ENGINE_TARGET)} cells/s at ${largest.size}: ${rate >= ENGINE_TARGET ? "met" : "MISSED"} (${fmt(rate)} cells/s)`);
  if (xlsx.length > 0) table("(b) read included — .xlsx bytes → readWorkbook → analyzeWorkbook", xlsx);
  if (withXlsx && xlsxMax < SIZES.length) console.log(`(b) measured at the ${xlsxMax} smaller size(s) only; --xlsx-max=${SIZES.length} adds the largest (slow: exceljs).`);
  console.log(`\ncells = non-empty cells; grid cells = used rows × columns per sheet. Node ${process.version}. Total ${fmt((performance.now() - started) / 1000)} s.`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
