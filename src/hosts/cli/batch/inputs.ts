import { readdirSync, statSync, type Stats } from "fs";
import { basename, extname, join, relative } from "path";
import { ZipArchive } from "../../xlsx/read/zip-archive";
import { PackageProblem } from "../../xlsx/read/read-error";
import { readInput } from "../read-input";
import { CliError } from "../cli-error";

/** One workbook of a batch: a file on disk, or an entry of a .zip (read when its turn comes, one at a time). */
export interface BatchInput {
  /** As the summary names it: the path given or found (“各单位/财政局.xlsx”), or “上报.zip/财政局.xlsx”. */
  name: string;
  path: string;
  /** The entry inside the .zip at `path`. */
  entry?: string;
}

/** Workbook files by their ending; lock files of open workbooks (“~$财政局.xlsx”) and hidden files are not units. */
const WORKBOOK = /\.(xlsx|xlsm)$/i;
const SKIPPED = /^(~\$|\.)/;

/**
 * The workbooks named on the command line: files as given, folders searched through (sorted by name, so two runs
 * list the same order), and the workbooks inside each .zip. A name that does not exist is a usage problem, said
 * at once; a damaged .zip is one of the batch's rows, never the end of the batch.
 */
export function collectInputs(paths: readonly string[]): { inputs: BatchInput[]; damaged: { name: string; reason: string }[] } {
  const inputs: BatchInput[] = [];
  const damaged: { name: string; reason: string }[] = [];
  for (const path of paths) {
    const stats = statOrThrow(path);
    if (stats.isDirectory()) inputs.push(...folderInputs(path));
    else if (extname(path).toLowerCase() === ".zip") {
      try {
        inputs.push(...zipInputs(path));
      } catch (err) {
        if (!(err instanceof PackageProblem || err instanceof CliError)) throw err;
        damaged.push({ name: path, reason: `压缩包无法读取：${err.message}` });
      }
    } else inputs.push({ name: path, path });
  }
  return { inputs, damaged };
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new CliError(`“${path}”不存在：请给出要检查的文件、文件夹或 .zip。`);
  }
}

function folderInputs(folder: string): BatchInput[] {
  const found: BatchInput[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
    for (const e of entries) {
      if (SKIPPED.test(e.name)) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && WORKBOOK.test(e.name)) found.push({ name: join(basename(folder), relative(folder, path)), path });
    }
  };
  walk(folder);
  return found;
}

function zipInputs(path: string): BatchInput[] {
  const names = ZipArchive.open(readInput(path)).names();
  return names
    .filter((entry) => WORKBOOK.test(entry) && !entry.split("/").some((part) => SKIPPED.test(part) || part === "__MACOSX"))
    .sort((a, b) => a.localeCompare(b, "zh-CN"))
    .map((entry) => ({ name: `${basename(path)}/${entry}`, path, entry }));
}
