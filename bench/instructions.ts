/**
 * Engine work for instruction counting (valgrind): the engine benchmark's workbook (bench/bench.ts: county 决算
 * sets, one sheet per table kind), generated once into $SNAPSHOT_DIR (default /tmp), checked `runs` times. Each
 * check is framed by two native calls that nothing else makes (os.loadavg before, os.uptime after), so callgrind
 * counts every check on its own, free of start-up, JSON reading and the generator:
 *
 *   valgrind --tool=callgrind --cache-sim=no --zero-before='*GetLoadAvg*' --dump-before='*GetUptime*' \
 *     node --single-threaded-gc --no-concurrent-recompilation dist/bench/instructions.js 890 2
 *
 * writes one callgrind.out.<pid>.<n> per check (the first check compiles the hot functions, the second runs warm).
 * Both node flags matter: with TurboFan on its background thread, when optimised code arrives varies from run to run
 * and the counts by several per cent; with both, two runs of one build agreed within 0.3%. TurboFan is about half
 * of a 100k-cell check's instructions even warm, so compare the engine's own share too (JIT code and builtins).
 * With --digest it prints a digest of each result (tables, findings, checks), so a change that must keep every
 * finding can be compared before and after (left out of counted runs: hashing the result costs ~8% of a check).
 *
 *   node dist/bench/instructions.js <units> <runs> [--digest]   (bundled with esbuild, as npm run bench bundles)
 */
import { createHash } from "crypto";
import { readFileSync, writeFileSync } from "fs";
import { loadavg, uptime } from "os";
import { analyzeWorkbook, type AnalysisResult } from "../src/core/analysis";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../src/core/snapshot/types";
import { generateWorkbook, toSnapshot } from "../test/support/generate-workbook";

function digest(result: AnalysisResult): string {
  const { models: _models, ...shown } = result;
  return createHash("sha256").update(JSON.stringify(shown)).digest("hex").slice(0, 16);
}

/** The bench's workbook of `units` units, generated once and kept as JSON (reading it back costs far less than making it). */
function snapshotOf(units: number, dir: string): WorkbookSnapshot {
  const file = `${dir}/bench-snapshot-${units}.json`;
  try {
    const read = JSON.parse(readFileSync(file, "utf8")) as WorkbookSnapshot;
    return { name: read.name, sheets: read.sheets.map(asGenerated) };
  } catch {
    const snapshot = toSnapshot(generateWorkbook({ seed: 2023, units, randomize: false, layout: { arrangement: "sheet-per-table" } }));
    writeFileSync(file, JSON.stringify(snapshot));
    return snapshot;
  }
}

/**
 * A sheet read back from JSON, made as test/support/workbook-draft.ts makes it (holes for empty cells, cells of the
 * same shapes), so the engine meets the arrays and objects the benchmark gives it.
 */
function asGenerated(sheet: SheetSnapshot): SheetSnapshot {
  const cells = sheet.cells.map((line) => {
    const out: (CellSnapshot | undefined)[] = new Array(line.length);
    for (let c = 0; c < line.length; c++) {
      const d = line[c];
      if (!d) continue;
      if (d.error) out[c] = { value: null, error: d.error, numberFormat: d.numberFormat };
      else if (d.formula !== undefined) out[c] = { value: null, formula: d.formula, numberFormat: d.numberFormat };
      else out[c] = { value: d.value, numberFormat: d.numberFormat };
    }
    return out;
  });
  return { ...sheet, cells };
}

function main(): void {
  const [units, runs] = [Number(process.argv[2] ?? 88), Number(process.argv[3] ?? 1)];
  const withDigest = process.argv.includes("--digest");
  const snapshot = snapshotOf(units, process.env.SNAPSHOT_DIR ?? "/tmp");
  for (let i = 0; i < runs; i++) {
    loadavg(); // marks: callgrind --zero-before='*GetLoadAvg*' --dump-before='*GetUptime*' counts this check alone
    const result = analyzeWorkbook(snapshot);
    uptime();
    if (withDigest) console.log(`findings ${result.findings.length} digest ${digest(result)}`);
  }
}

main();
