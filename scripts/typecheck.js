/**
 * `npm run typecheck`: every layer's tsconfig.json (src/core, src/ui, src/app, src/hosts, src/hosts/office,
 * src/hosts/wps, src/hosts/cli, the ES5 loader) and the root one (tests, benchmarks), each a program of its own so a
 * layer sees only the types its room may use. Runs as many at once as the machine has cores; each keeps its
 * incremental state in node_modules/.cache/typecheck/ so a second run checks only what changed.
 */
const { spawn } = require("child_process");
const { readdirSync } = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "typecheck");
const TSC = require.resolve("typescript/bin/tsc");

/** tsconfig.json under src (any depth) and at the root, as paths relative to the root. */
function projects() {
  const found = readdirSync(path.join(ROOT, "src"), { recursive: true })
    .filter((file) => path.basename(file) === "tsconfig.json")
    .map((file) => path.join("src", file));
  return ["tsconfig.json", ...found.sort()];
}

/** Runs tsc on one project; resolves with its exit code and output. */
function check(project) {
  const buildInfo = path.join(CACHE, `${project.replace(/[\\/]/g, "_")}.tsbuildinfo`);
  const args = [TSC, "--noEmit", "--pretty", "false", "-p", project, "--incremental", "--tsBuildInfoFile", buildInfo];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ project, code, output }));
  });
}

async function main() {
  const queue = projects();
  const failed = [];
  const worker = async () => {
    for (let project = queue.shift(); project; project = queue.shift()) {
      const result = await check(project);
      console.log(`${result.code === 0 ? "ok  " : "FAIL"} ${project}`);
      if (result.code !== 0) failed.push(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, os.cpus().length) }, worker));
  for (const { project, output } of failed) console.error(`\n${project}:\n${output.trim()}`);
  process.exitCode = failed.length ? 1 : 0;
}

main();
