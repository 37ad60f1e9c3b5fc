import { readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/core/findings/finding";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { writeMarkedCopy } from "../../../src/hosts/xlsx/marked-copy";

const FIXTURE = path.join(__dirname, "../../fixtures/final-2023-zhanyi.xlsx");

function finding(sheet: string, cell: string, severity: Finding["severity"], message: string): Finding {
  return { rule: "test", kind: "sum", severity, sheet, cell, related: [], message };
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

describe("writeMarkedCopy", () => {
  const original = readFileSync(FIXTURE);
  const findings = [
    finding("公开03表", "D11", "error", "基本支出 465.22 应为 402.22（本年支出合计 465.22 − 项目支出 63.00）"),
    finding("公开03表", "D11", "warning", "第二条说明"),
    finding("公开01表", "C8", "warning", "尾差"),
    finding("公开02表", "B5", "info", "提示"),
    finding("", "", "error", "缺少国有资本经营预算财政拨款支出决算表"),
    finding("不存在的表", "A1", "error", "sheet that is not there"),
  ];

  it("fills each finding's cell by worst severity and notes every message", async () => {
    const copy = await reopen(await writeMarkedCopy(original, findings));
    const d11 = copy.getWorksheet("公开03表")!.getCell("D11");
    expect(fillOf(d11)).toBe("FFFFC7CE");
    const note = JSON.stringify(d11.note);
    expect(note).toContain("应为 402.22");
    expect(note).toContain("第二条说明");
    expect(fillOf(copy.getWorksheet("公开01表")!.getCell("C8"))).toBe("FFFFEB9C");
    expect(fillOf(copy.getWorksheet("公开02表")!.getCell("B5"))).toBe("FFDDEBF7");
  });

  it("does not fill a neighbour that shared the marked cell's format", async () => {
    const copy = await reopen(await writeMarkedCopy(original, findings));
    const sheet = copy.getWorksheet("公开03表")!;
    expect(fillOf(sheet.getCell("D12"))).not.toBe("FFFFC7CE");
    expect(fillOf(sheet.getCell("C11"))).not.toBe("FFFFC7CE");
  });

  it("changes no value in any sheet", async () => {
    const bytes = await writeMarkedCopy(original, findings);
    const before = await readWorkbook(original, "a");
    const after = await readWorkbook(bytes, "a");
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    const values = (s: typeof before) => s.sheets.map((sh) => sh.cells.map((r) => r.map((c) => c?.value ?? null)));
    expect(values(after)).toEqual(values(before));
    expect(after.sheets.find((s) => s.name === "公开03表")!.cells[10][3]!.value).toBe(465.22);
  });

  it("writes the narrative into its own sheet when asked", async () => {
    const paragraphs = ["一、收入支出决算总体情况", "2023年度收、支总计536.92万元。"];
    const copy = await reopen(await writeMarkedCopy(original, [], { narrative: { sheet: "情况说明", paragraphs } }));
    const sheet = copy.getWorksheet("情况说明")!;
    expect(sheet.getCell("A1").value).toBe(paragraphs[0]);
    expect(sheet.getCell("A2").value).toBe(paragraphs[1]);
  });
});
