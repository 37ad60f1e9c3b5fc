import { compoundStreamNames, isCompoundFile } from "./compound-file";
import type { ZipArchive } from "./zip-archive";

/**
 * What a file that is not an .xlsx/.xlsm package is, said to the user with what to do. Accountants get .xls files
 * from old exports, password-protected workbooks, PDFs and “.xls” files that are really web pages; each gets its
 * own answer instead of “damaged”.
 */

export const ENCRYPTED = "文件设有打开密码，请先在 Excel 中取消密码后再检查";
const SAVE_AS = "请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查";

/** Undefined for bytes that start like a zip (the caller opens it); otherwise the reason they cannot be read. */
export function foreignFormatReason(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return "文件是空的（0 字节）";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return undefined;
  if (isCompoundFile(bytes)) return compoundFileReason(compoundStreamNames(bytes));
  const head = new TextDecoder("utf-8")
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("%PDF")) return "这是 PDF 文件，不是 Excel 工作簿；请使用导出的 Excel 原表";
  if (/urn:schemas-microsoft-com:office:spreadsheet/.test(head)) return `这是“XML 表格 2003”格式的文件，${SAVE_AS}`;
  if (/^<(!doctype html|html|table|meta)/i.test(head) || /<html/i.test(head)) return `这是网页（HTML）格式的表格（扩展名可能是 .xls），${SAVE_AS}`;
  return `这不是 .xlsx 工作簿，${SAVE_AS}`;
}

function compoundFileReason(streams: string[] | undefined): string {
  if (streams?.includes("EncryptionInfo") || streams?.includes("EncryptedPackage")) return ENCRYPTED;
  if (streams?.includes("Workbook") || streams?.includes("Book")) return `这是旧版 .xls 格式（Excel 97-2003），${SAVE_AS}`;
  if (streams?.includes("WordDocument")) return "这是 Word 文档（.doc），不是 Excel 工作簿";
  return `这是旧版 Office 二进制文件（可能是 .xls）${streams ? "" : "且已损坏"}，${SAVE_AS}`;
}

/** A binary workbook (.xlsb: the package names xl/workbook.bin as its workbook part). */
export const BINARY_WORKBOOK = `这是 .xlsb 二进制工作簿，${SAVE_AS}`;

/** A zip that holds no workbook part: say what it is instead. */
export function foreignPackageReason(zip: ZipArchive): string {
  const names = zip.names();
  if (names.length === 0) return "压缩包是空的，不是 .xlsx 工作簿";
  const mimetype = zip.has("mimetype") ? new TextDecoder().decode(zip.read("mimetype")) : "";
  if (mimetype.includes("opendocument.spreadsheet")) return `这是 .ods 表格（OpenDocument 格式），${SAVE_AS}`;
  if (zip.has("xl/workbook.bin")) return BINARY_WORKBOOK;
  if (zip.has("word/document.xml")) return "这是 Word 文档（.docx），不是 Excel 工作簿";
  if (zip.has("ppt/presentation.xml")) return "这是 PowerPoint 演示文稿（.pptx），不是 Excel 工作簿";
  if (names.some((n) => n.toLowerCase().startsWith("xl/"))) return "文件已损坏：找不到工作簿部件（xl/workbook.xml）";
  return "这是一个压缩包，但其中没有 Excel 工作簿";
}
