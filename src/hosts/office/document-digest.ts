import { noDigest, type FileDigest } from "../../core/audit/digest";
import { Sha256 } from "../../core/digest/sha256";

/** Slice size asked of Excel (the documented maximum is 4 MB; smaller slices keep the page's memory flat). */
const SLICE_SIZE = 1 << 20;

/**
 * SHA-256 of the workbook as Excel hands it to the add-in (Document.getFileAsync, Compressed: the .xlsx package,
 * slice by slice). Excel builds these bytes from the workbook's current content, so they can differ from the file
 * saved on disk (unsaved edits; Excel writes the package again): the line says “当前内容的 SHA-256”, and “尚未保存”
 * for a workbook with no file yet. A host without getFileAsync, or one that refuses, gives the reason instead.
 */
export async function documentDigest(): Promise<FileDigest> {
  const document = typeof Office === "undefined" ? undefined : Office.context?.document;
  if (!document || typeof document.getFileAsync !== "function") return noDigest("此 Excel 不向加载项提供文件内容，未计算校验值");
  let file: Office.File;
  try {
    file = await officeCall<Office.File>((done) => document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, done));
  } catch {
    return noDigest("Excel 未提供文件内容（可能有另一个读取正在进行），未计算校验值");
  }
  try {
    const hash = new Sha256();
    for (let i = 0; i < file.sliceCount; i++) {
      const slice = await officeCall<Office.Slice>((done) => file.getSliceAsync(i, done));
      hash.update(Uint8Array.from(slice.data as ArrayLike<number>));
    }
    const saved = Boolean(document.url);
    return { label: saved ? "当前内容的 SHA-256" : "当前内容的 SHA-256（工作簿尚未保存）", value: hash.hex() };
  } catch {
    return noDigest("Excel 读取文件内容时中断，未计算校验值");
  } finally {
    file.closeAsync();
  }
}

/** An Office callback API as a promise (rejected unless the result succeeded). */
function officeCall<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve(result.value) : reject(result.error ?? new Error("Office 调用失败")))),
  );
}
