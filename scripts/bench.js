/**
 * npm run bench: bundles the benchmarks with esbuild (as the add-in's engine is bundled), then runs the engine
 * benchmark (bench/bench.ts), the batch benchmark (bench/batch.ts, with the batch worker beside it) and the start-up
 * measurement (bench/startup.ts, after npm run build). Arguments go to the engine benchmark (--no-xlsx, --xlsx-max=N).
 */
const { buildSync } = require("esbuild");
const { execFileSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const out = path.join(root, "dist", "bench");
buildSync({
  entryPoints: ["bench/bench.ts", "bench/batch.ts", "src/hosts/cli/batch/worker.ts"].map((p) => path.join(root, p)),
  entryNames: "[name]",
  bundle: true,
  platform: "node",
  logLevel: "warning",
  outdir: out,
  external: ["esbuild"], // the batch bundles its worker only when it runs from the TypeScript sources
});

const run = (file, args = []) => execFileSync(process.execPath, [file, ...args], { stdio: "inherit", cwd: root });
run(path.join(out, "bench.js"), process.argv.slice(2));
run(path.join(out, "batch.js"));
try {
  run(path.join(root, "node_modules/tsx/dist/cli.mjs"), [path.join(root, "bench/startup.ts")]);
} catch (err) {
  process.exitCode = err.status || 1; // the start-up benchmark said why (no build, or a development build)
}
