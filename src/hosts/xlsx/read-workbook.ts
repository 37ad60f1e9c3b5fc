import type { WorkbookSnapshot } from "../../core/snapshot/types";
import { readPackage } from "./read/read-package";
import { PackageProblem, WorkbookReadError } from "./read/read-error";

export { WorkbookReadError };

/**
 * Reads .xlsx/.xlsm bytes (Node Buffer or browser ArrayBuffer) into the engine's snapshot. Never changes the bytes.
 * Anything that cannot be read — another format, a password, a damaged package — is a WorkbookReadError whose
 * message says, in Chinese, what the file is or what is wrong with it:
 *
 *   “无法读取“2023决算.xlsx”：文件设有打开密码，请先在 Excel 中取消密码后再检查。”
 */
export async function readWorkbook(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return readPackage(bytes, name);
  } catch (err) {
    const reason = err instanceof PackageProblem ? err.reason : "文件已损坏或格式异常，无法读取";
    throw new WorkbookReadError(`无法读取“${name}”：${reason}。`, err);
  }
}
