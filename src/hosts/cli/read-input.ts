import { readFileSync } from "fs";
import { WorkbookReadError } from "../xlsx/read-workbook";

/** Reads a file named on the command line; a missing or unreadable file is a clear Chinese message (exit 2). */
export function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new WorkbookReadError(`无法打开文件“${file}”：文件不存在或无权读取。`);
  }
}
