import ExcelJS from "exceljs";
import { WorkbookReadError } from "../../src/hosts/xlsx/read/read-error";

/**
 * A workbook through exceljs, for tests that build or inspect workbooks cell by cell (the Office and WPS fakes are
 * filled from it). The product itself reads with src/hosts/xlsx/read and marks with src/hosts/xlsx/write.
 */
export async function loadExcelJs(data: ArrayBuffer | Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new WorkbookReadError(`无法读取“${name}”：这不是 .xlsx 工作簿（请在 Excel 中另存为 .xlsx 后再试）。`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts Buffer in Node and ArrayBuffer in the browser.
    await workbook.xlsx.load(data as ArrayBuffer);
  } catch (err) {
    throw new WorkbookReadError(`无法读取“${name}”：文件已损坏或不是有效的 .xlsx 工作簿。`, err);
  }
  return workbook;
}
