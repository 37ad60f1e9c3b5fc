import { join } from "path";
import { checkBatchFile, type BatchOutcome } from "../../batch/check-workbook";
import type { EngineConfig } from "../../../core/session";
import { writeMarkedCopy, MarkedCopyError } from "../../xlsx/marked-copy";
import { CliError } from "../cli-error";
import { writeOutput } from "../output-file";

export type { BatchOutcome };

/** The CLI batch's options: the check's, and where the marked copies go. */
export interface BatchOptions extends EngineConfig {
  /** Folder for the marked copies (--out-dir); none when not given. */
  outDir?: string;
  force: boolean;
}

/**
 * Checks one workbook of the CLI's batch (checkBatchFile) and, with --out-dir, writes its marked copy there. A marked
 * copy that cannot be made is said on the file's row; the check itself still counts.
 */
export async function checkOne(name: string, sha256: string, bytes: Uint8Array, options: BatchOptions): Promise<BatchOutcome> {
  const outcome = await checkBatchFile(name, sha256, bytes, options);
  if (outcome.status !== "checked" || !options.outDir) return outcome;
  const out = join(options.outDir, markedName(name));
  try {
    writeOutput(out, await writeMarkedCopy(bytes, outcome.findings), [], options.force, "--out-dir");
    return { ...outcome, marked: out };
  } catch (err) {
    if (!(err instanceof MarkedCopyError || err instanceof CliError)) throw err;
    return { name, sha256, status: "unreadable", reason: `已检查，但标记副本未能写出：${err.message}` };
  }
}

/** “各单位/财政局.xlsx” → OUT/各单位_财政局（已标记）.xlsx: one flat folder, names that cannot collide. */
export function markedName(name: string): string {
  const flat = name.replace(/[\\/]+/g, "_").replace(/\.(xlsx|xlsm)$/i, "");
  const ending = /\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx";
  return `${flat}（已标记）${ending}`;
}
