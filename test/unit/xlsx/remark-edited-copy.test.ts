import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Finding } from "../../../src/core/findings/finding";
import { writeMarkedCopy } from "../../../src/hosts/xlsx/marked-copy";

/**
 * Marking a marked copy that was saved again by another program (exceljs here, as Excel, LibreOffice or openpyxl
 * would) or whose earlier text changed length: the old marks are found by what they are — the add-in's note on the
 * cell and the mark fill — and replaced, never kept beside the new ones.
 */

const FIXTURE = path.join(__dirname, "../../fixtures/final-2023-zhanyi.xlsx");
const original = readFileSync(FIXTURE);

function finding(sheet: string, cell: string, severity: Finding["severity"], message: string): Finding {
  return { rule: "test", kind: "sum", severity, sheet, cell, related: [], message };
}

const first = [finding("公开03表", "D11", "error", "基本支出 465.22 应为 402.22"), finding("公开01表", "C8", "warning", "尾差 0.01")];
const second = [finding("公开01表", "C8", "warning", "尾差 0.01")];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  return (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

test("a marked copy saved again by another writer, the cell fixed: the old mark is gone, the others are not doubled", async () => {
  const marked = await load(await writeMarkedCopy(original, first));
  const d11 = marked.getWorksheet("公开03表")!.getCell("D11");
  expect(fillOf(d11)).toBe("FFFFC7CE");
  d11.value = 402.22; // the accountant's fix, saved by another program
  const resaved = new Uint8Array(await marked.xlsx.writeBuffer());

  const again = await load(await writeMarkedCopy(resaved, second));
  const fixed = again.getWorksheet("公开03表")!.getCell("D11");
  expect(fixed.value).toBe(402.22);
  expect(fillOf(fixed)).not.toBe("FFFFC7CE");
  expect(noteText(fixed)).toBe("");
  const c8 = again.getWorksheet("公开01表")!.getCell("C8");
  expect(fillOf(c8)).toBe("FFFFEB9C");
  expect(count(noteText(c8), "预决算公开助手：")).toBe(1);
  expect(count(noteText(c8), "尾差 0.01")).toBe(1);
});

test("a user's note keeps its text; only the add-in's appended findings are replaced", async () => {
  const wb = await load(original);
  wb.getWorksheet("公开01表")!.getCell("C8").note = "会计：本行已核对";
  const withNote = new Uint8Array(await wb.xlsx.writeBuffer());
  const marked = await load(await writeMarkedCopy(withNote, first));
  const resaved = new Uint8Array(await marked.xlsx.writeBuffer());
  const again = await load(await writeMarkedCopy(resaved, [finding("公开01表", "C8", "warning", "新的说明")]));
  const text = noteText(again.getWorksheet("公开01表")!.getCell("C8"));
  expect(text.startsWith("会计：本行已核对")).toBe(true);
  expect(count(text, "预决算公开助手：")).toBe(1);
  expect(text).toContain("新的说明");
  expect(text).not.toContain("尾差 0.01");
});

test("earlier text in the sheet changed length after marking: re-marking replaces the marks", async () => {
  const parts = unzipSync(await writeMarkedCopy(original, first));
  const sheetName = Object.keys(parts).find((n) => /worksheets\/sheet\d+\.xml$/.test(n) && strFromU8(parts[n]).includes('r="D11"'))!;
  const xml = strFromU8(parts[sheetName]);
  const dimension = xml.indexOf("<dimension");
  // Another program writes the dimension again (or any earlier text) with a different length.
  parts[sheetName] = strToU8(`${xml.slice(0, dimension)}<dimension  ${xml.slice(dimension + "<dimension ".length)}`);
  const edited = zipSync(parts);

  const again = await load(await writeMarkedCopy(edited, second));
  const d11 = again.getWorksheet("公开03表")!.getCell("D11");
  expect(fillOf(d11)).not.toBe("FFFFC7CE");
  expect(noteText(d11)).toBe("");
  expect(count(noteText(again.getWorksheet("公开01表")!.getCell("C8")), "预决算公开助手：")).toBe(1);
});
