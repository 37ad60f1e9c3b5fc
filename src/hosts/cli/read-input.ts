import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "fs";
import { CliError, errorCode } from "./cli-error";

/** Largest workbook (or Word file) read: the reader then holds it and the few parts it inflates, each capped. */
export const MAX_WORKBOOK_FILE_BYTES = 1024 * 1024 * 1024;
/** Largest text file read (情况说明 .txt, rules, template, JSON figures): a 情况说明 is some tens of KB. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Reads a file named on the command line. Only regular files are read: a folder, a pipe (FIFO), a device or a socket
 * is refused with a message (a FIFO is opened without blocking, so the check itself never hangs). The size is looked
 * at before reading: a file over `limit` is refused in Chinese without being read. Never writes.
 */
export function readInput(file: string, limit = MAX_WORKBOOK_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new CliError(openMessage(file, errorCode(err)));
  }
  try {
    const stats = fstatSync(fd);
    const kind = specialKind(stats);
    if (kind) throw new CliError(kind === "文件夹" ? `“${file}”是文件夹，不是文件：请给出要检查的文件。` : `“${file}”是${kind}，不是普通文件，不读取。`);
    if (stats.size > limit)
      throw new CliError(
        `“${file}”有 ${megabytes(stats.size)} MB，超过可读取的上限 ${megabytes(limit)} MB，不像是${limit === MAX_TEXT_FILE_BYTES ? "文字文件（情况说明、规则、模板）" : "公开表工作簿"}，未读取。`,
      );
    return readFileSync(fd);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`无法读取文件“${file}”（${errorCode(err) || String(err)}）。`);
  } finally {
    closeSync(fd);
  }
}

/** Reads a text file named on the command line (UTF-8). */
export function readInputText(file: string): string {
  return readInput(file, MAX_TEXT_FILE_BYTES).toString("utf8");
}

type FileKind = Pick<Stats, "isFile" | "isDirectory" | "isFIFO" | "isCharacterDevice" | "isBlockDevice" | "isSocket">;

/** "文件夹", "管道（FIFO）", "设备", "套接字", or undefined for a regular file. */
export function specialKind(stats: FileKind): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return "文件夹";
  if (stats.isFIFO()) return "管道（FIFO）";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "设备";
  if (stats.isSocket()) return "套接字";
  return "特殊文件";
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(0);
}

function openMessage(file: string, code: string): string {
  if (code === "ENOENT" || code === "ENOTDIR") return `无法打开文件“${file}”：文件不存在。`;
  if (code === "EACCES" || code === "EPERM") return `无法打开文件“${file}”：无权读取。`;
  if (code === "ENXIO") return `“${file}”不是普通文件（套接字或设备），不读取。`;
  return `无法打开文件“${file}”（${code || "未知原因"}）。`;
}
