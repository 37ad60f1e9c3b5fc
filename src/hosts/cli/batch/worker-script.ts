import { buildSync } from "esbuild";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/** The script a pool's worker threads run, and how to let it go when the pool closes. */
export interface WorkerScript {
  path: string;
  release(): void;
}

/**
 * Bundled (`npm run check`'s bundle, scripts/cli.js; the bench): worker.js beside this file. From the TypeScript
 * sources (tsx, the tests): worker.ts and all it imports, bundled with esbuild (which tsx runs on) into a temporary
 * folder that `release` removes, or the process's end, whichever comes first. A worker thread does not inherit tsx's
 * hook, and compiling the sources in each worker cost every worker about a second of CPU before its first workbook
 * (measured: 1.25 s against 0.38 s to load the bundle).
 */
export function workerScript(): WorkerScript {
  if (!__filename.endsWith(".ts")) return { path: join(__dirname, "worker.js"), release: () => undefined };
  const folder = mkdtempSync(join(tmpdir(), "batch-worker-"));
  const release = (): void => {
    process.off("exit", release);
    rmSync(folder, { recursive: true, force: true });
  };
  process.once("exit", release); // a second Ctrl+C exits at once: the folder goes too
  const path = join(folder, "worker.js");
  try {
    buildSync({ entryPoints: [join(__dirname, "worker.ts")], bundle: true, platform: "node", outfile: path, logLevel: "warning" });
  } catch (err) {
    release();
    throw err;
  }
  return { path, release };
}
