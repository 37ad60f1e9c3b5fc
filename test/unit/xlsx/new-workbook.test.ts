import { writeNewWorkbook, uniqueSheetNames } from "../../../src/hosts/xlsx/write/new-workbook";
import { readWorkbook } from "../../../src/hosts/xlsx/read-workbook";
import { loadExcelJs } from "../../support/load-exceljs";

const SPEC = {
  sheets: [
    {
      name: "汇总",
      title: "某某区财政局 2024 年度部门决算 批量审核汇总",
      columns: [
        { header: "单位", width: 30 },
        { header: "错误", width: 8 },
        { header: "支出合计（万元）", width: 14, amount: true },
      ],
      rows: [
        ["上海市普陀区财政局", 7, "2995.39"],
        ["某某中心 & <附属>", 0, "0.10"],
        ["  前后空格  ", null, "不是金额"],
      ],
      rowStyles: ["error", "plain", "warning"] as const,
    },
    { name: "全部问题", columns: [{ header: "单元格", width: 10 }], rows: [["D11"]], landscape: false, autoFilter: false },
  ],
};

describe("writeNewWorkbook", () => {
  test("our own reader reads back every value exactly, amounts as numbers digit for digit", async () => {
    const snapshot = await readWorkbook(writeNewWorkbook(SPEC), "汇总.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["汇总", "全部问题"]);
    const summary = snapshot.sheets[0];
    expect(summary.cells[0][0]?.value).toBe("某某区财政局 2024 年度部门决算 批量审核汇总");
    expect(summary.cells[1].map((c) => c?.value)).toEqual(["单位", "错误", "支出合计（万元）"]);
    expect(summary.cells[2].map((c) => c?.value)).toEqual(["上海市普陀区财政局", 7, 2995.39]);
    expect(summary.cells[2][2]?.numberFormat).toBe("#,##0.00");
    expect(summary.cells[3].map((c) => c?.value)).toEqual(["某某中心 & <附属>", 0, 0.1]);
    expect(summary.cells[4][0]?.value).toBe("  前后空格  ");
    expect(summary.cells[4][2]?.value).toBe("不是金额");
    expect(summary.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(snapshot.sheets[1].cells[1][0]?.value).toBe("D11");
  });

  test("Excel's model (through exceljs): frozen header, filter, A4 landscape fitted to width, fills of error rows", async () => {
    const workbook = await loadExcelJs(writeNewWorkbook(SPEC), "汇总.xlsx");
    const sheet = workbook.getWorksheet("汇总")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(sheet.autoFilter).toBe("A2:C5");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("B2").font?.bold).toBe(true);
    // Row heights follow the wrapped text: “某某中心 & <附属>” fits its 30-wide column (one line), a long fix sentence
    // in a 20-wide column takes several.
    expect(sheet.getRow(4).height).toBeUndefined();
    const second = workbook.getWorksheet("全部问题")!;
    expect(second.pageSetup.orientation).toBe("portrait");
    expect(second.autoFilter).toBeUndefined();
  });

  test("a row is as tall as its longest wrapped text: two width units a Chinese character", async () => {
    const fix = "支出决算表 D11 卫生健康支出·基本支出 填 465.22，应为 402.22（多 63.00）"; // 71 width units (Chinese characters and full-width marks count two)
    const bytes = writeNewWorkbook({ sheets: [{ name: "问题", columns: [{ header: "问题", width: 20 }], rows: [[fix], ["短"], ["甲\n乙\n丙"]] }] });
    const sheet = (await loadExcelJs(bytes, "x.xlsx")).getWorksheet("问题")!;
    expect(sheet.getRow(2).height).toBe(4 * 15); // 71 units at 19 a line: 4 lines
    expect(sheet.getRow(3).height).toBeUndefined();
    expect(sheet.getRow(4).height).toBe(3 * 15);
  });

  test("sheet names are made acceptable to Excel and unique", () => {
    expect(uniqueSheetNames(["支出/决算表", "a", "A", "x".repeat(40), "x".repeat(40)])).toEqual([
      "支出_决算表",
      "a",
      "A(2)",
      "x".repeat(31),
      "x".repeat(28) + "(2)",
    ]);
  });
});
