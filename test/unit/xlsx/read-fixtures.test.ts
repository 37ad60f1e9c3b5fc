import { readdirSync, readFileSync } from "fs";
import path from "path";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import type { SheetSnapshot } from "../../../src/core/snapshot/types";
import { FIXTURES, fixtureBytes } from "../../support/fixtures";
import { exceljsSnapshot } from "../../support/exceljs-snapshot";
import { describeReal, REAL_FOLDER, realFiles } from "../../support/real-documents";

/** The committed fixtures and the real 上海 documents, read by the reader and, independently, by exceljs. */

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));
const real = realFiles();

/** Everything the engine sees of a sheet, with rows compared cell by cell (JSON drops undefined). */
function comparable(sheet: SheetSnapshot) {
  return {
    name: sheet.name,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    merges: sheet.merges,
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenColumns,
    cells: sheet.cells.map((line) => JSON.stringify(Array.from(line, (c) => c ?? null))),
  };
}

describe("every fixture reads as exceljs reads it (values, number formats, formulas, merges, extents)", () => {
  test.each(fixtures)("%s", async (file) => {
    const bytes = fixtureBytes(file);
    const ours = await readWorkbook(bytes, file);
    const theirs = await exceljsSnapshot(bytes, file);
    expect(ours.sheets.length).toBeGreaterThan(0);
    expect(ours.sheets.map(comparable)).toEqual(theirs.sheets.map(comparable));
  });
});

describe("exact spot checks", () => {
  test("沾益 支出决算表: the real error 465.22 at D11, its format and the merged header", async () => {
    const wb = await readWorkbook(fixtureBytes("final-2023-zhanyi.xlsx"), "final-2023-zhanyi.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "公开01表",
      "公开02表",
      "公开03表",
      "公开04表",
      "公开05表",
      "公开06表",
      "公开07表",
      "公开08表",
      "公开10表",
      "公开11表",
      "公开12表",
      "整体绩效自评情况",
      "整体绩效自评",
      "项目绩效自评",
    ]);
    const t3 = wb.sheets[2];
    expect(t3.cells[0][0]).toEqual({ value: "支出决算表" });
    expect(t3.cells[7][1]).toEqual({ value: "社会保障和就业支出" });
    expect(t3.cells[10][2]).toEqual({ value: 465.22, numberFormat: "0.00" });
    expect(t3.cells[10][3]).toEqual({ value: 465.22, numberFormat: "0.00" });
    expect(t3.cells[10][4]).toEqual({ value: 63, numberFormat: "0.00" });
    expect([t3.rowCount, t3.columnCount, t3.merges.length]).toEqual([22, 8, 10]);
  });

  test("cells of a merged area other than its top-left one are empty", async () => {
    const wb = await readWorkbook(fixtureBytes("final-2023-zhanyi.xlsx"), "f.xlsx");
    for (const sheet of wb.sheets) {
      for (const m of sheet.merges) {
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(sheet.cells[r]?.[c]).toBeUndefined();
      }
    }
  });
});

describeReal("the real 上海 documents (read in place)", () => {
  test.each(real)("%s reads like exceljs, with its 情况说明 text", async (file) => {
    const bytes = readFileSync(path.join(REAL_FOLDER, file));
    const ours = await readWorkbook(bytes, file);
    const theirs = await exceljsSnapshot(bytes, file);
    expect(ours.sheets.map(comparable)).toEqual(theirs.sheets.map(comparable));
    const text = ours.sheets.find((s) => s.name === "情况说明")!;
    expect(typeof text.cells[0][0]?.value).toBe("string");
    expect(text.columnCount).toBe(1);
  });

  test("普陀 czj test version: 情况说明!A1 is the title with the wrong year", async () => {
    const file = "final-2024-putuo-czj-test.xlsx";
    const wb = await readWorkbook(readFileSync(path.join(REAL_FOLDER, file)), file);
    const text = wb.sheets.find((s) => s.name === "情况说明")!;
    expect(text.rowCount).toBe(49);
    expect(String(text.cells[0][0]?.value)).toContain("2023年度");
  });
});
