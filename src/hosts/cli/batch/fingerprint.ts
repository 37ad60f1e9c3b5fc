import { createHash } from "crypto";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import packageJson from "../../../../package.json";

/** The folders whose code decides a workbook's outcome: the engine and the .xlsx reader. */
const ENGINE_FOLDERS = ["../../../core", "../../xlsx/read"];

/**
 * What a cached outcome depends on besides the workbook: the options (rules, weights) and the code that checks —
 * the tool's version and a hash of the code: the engine's files when it runs from source, else the bundle it runs
 * from (`npm run check` runs one made from the sources on demand, scripts/cli.js), so that a cache written by an
 * older engine is never reused.
 */
export function optionsFingerprint(options: object): string {
  const hash = createHash("sha256").update(JSON.stringify(options)).update(packageJson.version);
  if (__filename.endsWith(".ts")) for (const folder of ENGINE_FOLDERS) hashFolder(hash, join(__dirname, folder));
  else hash.update(readFileSync(__filename));
  return hash.digest("hex");
}

function hashFolder(hash: ReturnType<typeof createHash>, folder: string): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const path = join(folder, e.name);
    if (e.isDirectory()) hashFolder(hash, path);
    else if (e.name.endsWith(".ts")) hash.update(e.name).update(readFileSync(path));
  }
}
