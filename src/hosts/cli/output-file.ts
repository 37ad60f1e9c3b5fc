import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from "fs";
import { basename, dirname, join, resolve } from "path";
import { CliError, errorCode } from "./cli-error";
import { specialKind } from "./read-input";

/**
 * Refuses an output path before any work is done: one that is (through a symbolic or hard link, or another spelling)
 * one of the inputs; a folder, pipe or device; an existing file unless `force`; a folder that does not exist.
 */
export function checkOutput(out: string, inputs: readonly string[], force: boolean, option = "--out"): void {
  const target = resolve(out);
  const entry = lstatOrUndefined(target);
  if (!entry) {
    checkFolder(out, dirname(target));
    return;
  }
  const stats = statOrUndefined(target); // undefined: a symbolic link to nothing, replaced like a file
  if (stats?.isDirectory()) throw new CliError(`“${out}”是文件夹：请给出文件名，例如 ${join(out, "标记副本.xlsx")}。`);
  const kind = stats && specialKind(stats);
  if (kind) throw new CliError(`“${out}”是${kind}，不是普通文件，不写入。`);
  const input = inputs.find((file) => sameFile(file, target, stats));
  if (input !== undefined)
    throw new CliError(
      `${option} “${out}”就是输入文件“${input}”（同一个文件${entry.isSymbolicLink() ? "，经由符号链接" : stats && stats.nlink > 1n ? "，经由硬链接" : ""}）：原文件不会被修改，请换一个文件名。`,
    );
  if (!force) throw new CliError(`文件“${out}”已存在，未覆盖。要覆盖请加 --force。`);
}

/**
 * Writes `bytes` to `out` safely: the checks above again, then a temporary file in the same folder, flushed to disk,
 * then moved into place in one step — so a full disk or a crash never leaves a half-written file under the name, and
 * without `force` an existing file is never replaced (the move itself refuses, not only the check before it).
 */
export function writeOutput(out: string, bytes: Uint8Array, inputs: readonly string[], force: boolean, option = "--out"): void {
  checkOutput(out, inputs, force, option);
  const target = resolve(out);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  // A file replaced with --force keeps its permissions (a read-only-for-others copy stays so).
  const replaced = force ? statOrUndefined(target) : undefined;
  try {
    writeTemp(temp, bytes);
    if (replaced?.isFile()) chmodSync(temp, Number(replaced.mode & 0o7777n));
    if (force) renameSync(temp, target);
    else moveWithoutReplacing(temp, target);
  } catch (err) {
    removeQuietly(temp);
    if (err instanceof CliError) throw err;
    throw new CliError(writeMessage(out, errorCode(err)));
  }
}

/** The Chinese sentence for a failed write, by the system's error code. */
export function writeMessage(out: string, code: string): string {
  const folder = dirname(resolve(out));
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return `磁盘空间不足，未能写出“${out}”（未留下不完整的文件）。`;
    case "EACCES":
    case "EPERM":
      return `没有写入权限：无法在文件夹“${folder}”中写出“${out}”。`;
    case "EROFS":
      return `“${folder}”在只读的磁盘上，无法写出“${out}”。`;
    case "ENOENT":
      return `文件夹“${folder}”不存在。`;
    case "ENOTDIR":
      return `“${folder}”不是文件夹。`;
    case "EISDIR":
      return `“${out}”是文件夹：请给出文件名。`;
    case "ENAMETOOLONG":
      return `文件名过长：“${out}”。`;
    case "EEXIST":
      return `文件“${out}”已存在，未覆盖。要覆盖请加 --force。`;
    default:
      return `无法写出“${out}”（${code || "未知原因"}）。`;
  }
}

function writeTemp(temp: string, bytes: Uint8Array): void {
  const fd = openSync(temp, "wx", 0o666);
  try {
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A hard link refuses an existing name atomically; where links are not supported, check and rename. */
function moveWithoutReplacing(temp: string, target: string): void {
  try {
    linkSync(temp, target);
    unlinkSync(temp);
    return;
  } catch (err) {
    const code = errorCode(err);
    if (code === "EEXIST" || code === "ENOSPC" || code === "EROFS" || code === "EACCES") throw err;
  }
  if (lstatOrUndefined(target)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
  renameSync(temp, target);
}

function checkFolder(out: string, folder: string): void {
  const stats = statOrUndefined(folder);
  if (!stats) throw new CliError(`无法写出“${out}”：文件夹“${folder}”不存在。`);
  if (!stats.isDirectory()) throw new CliError(`无法写出“${out}”：“${folder}”不是文件夹。`);
}

/** Same file: same device and inode (hard links, symbolic links, other spellings), or the same real path. */
function sameFile(input: string, target: string, targetStats: BigIntStats | undefined): boolean {
  const inputStats = statOrUndefined(resolve(input));
  if (inputStats && targetStats && inputStats.dev === targetStats.dev && inputStats.ino === targetStats.ino && targetStats.ino !== 0n) return true;
  try {
    return realpathSync(resolve(input)) === realpathSync(target);
  } catch {
    return false;
  }
}

function lstatOrUndefined(file: string): BigIntStats | undefined {
  try {
    return lstatSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

function statOrUndefined(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true });
  } catch {
    return undefined;
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone, or never made
  }
}
