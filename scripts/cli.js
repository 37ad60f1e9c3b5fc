/**
 * npm run check / npm run narrate: runs the command line from one esbuild bundle of its TypeScript sources instead of
 * compiling them through tsx on every run (≈ 4 s before the first workbook). The bundle (check.js, narrate.js and the
 * batch's worker.js beside them, which src/hosts/cli/batch/worker-script.ts then uses) is made on demand: when it is
 * missing, or when any file it was made from (its sources, the packages it holds, this script) changed since. It is
 * kept in node_modules/.cache/cli/, one folder per checkout (several checkouts may share one node_modules); each file
 * is written whole and then renamed, so a run that starts while another makes the bundle reads the old or the new one.
 * Usage: node scripts/cli.js check|narrate [ARGS…]
 */
const { createHash } = require("crypto");
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
/**
 * Each command's entry: its main and the runner, which this script calls (run directly, `node check.js` runs itself:
 * the source's `require.main === module` holds in the bundle too).
 */
const COMMANDS = { check: "src/hosts/cli/check.ts", narrate: "src/hosts/cli/narrate.ts" };
const WORKER = "src/hosts/cli/batch/worker.ts";
const RUN = "src/hosts/cli/run.ts";
/** esbuild as the bundle sees it: never called there (src/hosts/cli/batch/worker-script.ts uses worker.js beside it). */
const NO_ESBUILD = `exports.buildSync = () => { throw new Error("the bundled command line runs worker.js beside it"); };`;
/** What the bundle was made from: each file's time and size then; any file changed since makes it stale. */
const MADE_FROM = "made-from.json";

/** The bundle's folder for the checkout at `root`. */
function bundleFolder(root = ROOT) {
  const checkout = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 12);
  return path.join(root, "node_modules", ".cache", "cli", checkout);
}

/** A file's modification time and size ("" when it is gone). */
function stamp(file) {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}/${size}`;
  } catch {
    return "";
  }
}

/** Whether the bundle in `folder` is missing, or a file it was made from changed, moved or went since. */
function isStale(folder) {
  let made;
  try {
    made = JSON.parse(readFileSync(path.join(folder, MADE_FROM), "utf8"));
  } catch {
    return true;
  }
  return Object.entries(made.inputs).some(([file, then]) => stamp(file) !== then);
}

/** Makes the bundle of every command and the batch worker from the sources under `root` into `folder`. */
async function makeBundle(root, folder) {
  const { build } = require("esbuild");
  const startedAt = Date.now();
  const entry = (file) => ({ contents: `export { main } from "./${file}"; export { runScript } from "./${RUN}";`, resolveDir: root });
  const entries = Object.fromEntries(Object.entries(COMMANDS).map(([name, file]) => [name, entry(file.replace(/\.ts$/, ""))]));
  const result = await build({
    entryPoints: { ...Object.fromEntries(Object.keys(entries).map((name) => [name, `command:${name}`])), worker: path.join(root, WORKER) },
    bundle: true,
    platform: "node",
    absWorkingDir: root,
    outdir: folder,
    write: false,
    metafile: true,
    logLevel: "warning",
    plugins: [
      {
        name: "commands",
        setup(build) {
          build.onResolve({ filter: /^command:/ }, (args) => ({ path: args.path.slice("command:".length), namespace: "command" }));
          build.onLoad({ filter: /.*/, namespace: "command" }, (args) => ({ ...entries[args.path], loader: "ts" }));
          // The batch bundles its worker with esbuild only when it runs from the sources; the bundle's is beside it.
          build.onResolve({ filter: /^esbuild$/ }, () => ({ path: "esbuild", namespace: "bundled" }));
          build.onLoad({ filter: /.*/, namespace: "bundled" }, () => ({ contents: NO_ESBUILD, loader: "js" }));
        },
      },
    ],
  });
  mkdirSync(folder, { recursive: true });
  for (const file of result.outputFiles) writeWhole(file.path, file.contents);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !/^(command|bundled):/.test(input))
    .map((input) => path.resolve(root, input));
  // A file changed while the bundle was made is recorded as unknown: the next run makes it again.
  const stamps = [...inputs, __filename].map((file) => [file, statSync(file).mtimeMs < startedAt ? stamp(file) : "?"]);
  writeWhole(path.join(folder, MADE_FROM), JSON.stringify({ inputs: Object.fromEntries(stamps) }));
}

function writeWhole(file, contents) {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/** The path of `command`'s bundle for the checkout at `root`, made first when stale. */
async function commandBundle(command, root = ROOT, folder = bundleFolder(root)) {
  if (!COMMANDS[command]) throw new Error(`scripts/cli.js: unknown command "${command}" (check, narrate)`);
  if (isStale(folder)) await makeBundle(root, folder);
  return path.join(folder, `${command}.js`);
}

if (require.main === module) {
  const [command] = process.argv.splice(2, 1);
  commandBundle(command).then(
    (bundle) => {
      const { main, runScript } = require(bundle);
      runScript(main);
    },
    (err) => {
      console.error(err.message);
      process.exitCode = 2;
    },
  );
}

module.exports = { bundleFolder, commandBundle, isStale };
